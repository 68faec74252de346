// Gazette preview (gazette serve): reloads this page when the site is rebuilt, and shows the
// mistakes that stopped a rebuild over the page until they are fixed. Added by the preview server
// only; published pages never carry it.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || typeof EventSource === 'undefined') {
    return;
  }
  var version = script.getAttribute('data-version');
  var events = new EventSource(script.src.replace(/reload\.js(\?.*)?$/, 'events'));
  var panel = null;

  events.addEventListener('state', function (event) {
    var state = JSON.parse(event.data);
    if (String(state.version) !== version) {
      events.close();
      window.location.reload();
      return;
    }
    show(state.problems);
  });

  function show(problems) {
    if (panel) {
      panel.remove();
      panel = null;
    }
    if (!problems.length) {
      return;
    }
    panel = document.createElement('section');
    panel.id = 'gazette-preview-problems';
    panel.setAttribute('role', 'alert');
    panel.setAttribute('aria-labelledby', 'gazette-preview-problems-title');
    style(panel, {
      position: 'fixed', left: '0', right: '0', bottom: '0', zIndex: '2147483647', maxHeight: '60vh',
      overflow: 'auto', margin: '0', padding: '1rem 1.25rem', background: '#fff8f0', color: '#1a1a1a',
      borderTop: '4px solid #b00020', font: '16px/1.6 sans-serif', boxShadow: '0 -2px 12px rgba(0,0,0,.3)'
    });
    var title = document.createElement('h2');
    title.id = 'gazette-preview-problems-title';
    title.textContent = '预览：发现 ' + problems.length + ' 处错误，网站没有更新';
    style(title, {margin: '0 0 .5rem', fontSize: '1.25rem', color: '#b00020'});
    var note = document.createElement('p');
    note.textContent = '下面显示的仍是上次成功生成的页面。请按每行的提示修改文件并保存，改好后本页会自动刷新。';
    style(note, {margin: '0 0 .5rem'});
    var list = document.createElement('ol');
    style(list, {margin: '0', paddingLeft: '1.5rem'});
    problems.forEach(function (line) {
      var item = document.createElement('li');
      var code = document.createElement('code');
      code.textContent = line;
      style(code, {whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: '15px'});
      item.appendChild(code);
      list.appendChild(item);
    });
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = '暂时隐藏';
    style(close, {marginTop: '.75rem', minHeight: '44px', padding: '0 1rem', font: 'inherit', cursor: 'pointer'});
    close.addEventListener('click', function () {
      panel.hidden = true;
    });
    panel.appendChild(title);
    panel.appendChild(note);
    panel.appendChild(list);
    panel.appendChild(close);
    document.body.appendChild(panel);
  }

  // Set through the CSSOM, which a Content-Security-Policy without 'unsafe-inline' styles allows.
  function style(element, properties) {
    Object.keys(properties).forEach(function (name) {
      element.style[name] = properties[name];
    });
  }
}());
