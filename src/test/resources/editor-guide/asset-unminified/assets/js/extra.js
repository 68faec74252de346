(function () {
  var name = "长者模式";
  var text = `已开启${name}`;
}());
