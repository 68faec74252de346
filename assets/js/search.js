/* Gazette 站内搜索: reads the query and filters from the address (search/?q=…&type=…&page=…), the
   index the build wrote under search/ (org.gazette.search.SearchIndexWriter) and shows the results.
   Only the manifest, the shards of the query's tokens and the chunks of the results shown are
   fetched. Tokens follow SearchTokens.java: NFKC, lower case; Chinese runs give bigrams (a lone
   character itself; a query looks up every other bigram); other letters and digits give words. ES5 with fetch; a browser without them
   keeps the page's links to the lists. */
(function () {
  "use strict";
  var PER_PAGE = 10;
  var FACETS = ["type", "year", "agency", "campaign"];
  var LAST = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
  var MORE = "WXYZabcdefghijklmnopqrstuvwxyz-_";
  var HAN, WORD;
  try {
    HAN = new RegExp("\\p{Script=Han}", "u");
    WORD = new RegExp("[\\p{L}\\p{Nd}]", "u");
  } catch (e) {
    return;
  }
  if (!window.fetch || !window.URLSearchParams || !String.prototype.normalize || !Array.from) { return; }

  function $(id) { return document.getElementById(id); }

  /* The query's tokens, and the terms to highlight. */
  function tokenize(query) {
    var chars = Array.from(query.normalize("NFKC").toLowerCase());
    var tokens = [], singles = [], terms = [], i = 0, run, kind;
    while (i < chars.length) {
      kind = HAN.test(chars[i]) ? HAN : WORD.test(chars[i]) ? WORD : null;
      if (!kind) { i++; continue; }
      run = [];
      while (i < chars.length && kind.test(chars[i]) && (kind === HAN || !HAN.test(chars[i]))) { run.push(chars[i++]); }
      terms.push(run.join(""));
      if (kind === WORD) { tokens.push(run.join("")); } else if (run.length === 1) { singles.push(run[0]); } else {
        // Every other bigram, and the last: a document holding the run holds them all, and fewer shards are read.
        for (var j = 0; j + 1 < run.length; j += 2) { tokens.push(run[j] + run[j + 1]); }
        if (run.length % 2) { tokens.push(run[run.length - 2] + run[run.length - 1]); }
      }
    }
    // A lone character (年, 号) only counts when the query has nothing else: it is indexed from titles and metadata.
    return { tokens: unique(tokens.length ? tokens : singles), terms: terms };
  }

  function unique(list) {
    return list.filter(function (x, i) { return list.indexOf(x) === i; });
  }

  /* FNV-1a over UTF-16 units, as SearchIndexWriter.shardOf. */
  function shardOf(token, shards) {
    var h = 0x811c9dc5;
    for (var i = 0; i < token.length; i++) { h = Math.imul(h ^ token.charCodeAt(i), 16777619); }
    return (h >>> 0) % shards;
  }

  function numbers(text) {
    var out = [], value = 0, shift = 1, c, k;
    for (var i = 0; i < text.length; i++) {
      c = text.charAt(i);
      k = MORE.indexOf(c);
      if (k >= 0) { value += k * shift; shift *= 32; } else { out.push(value + LAST.indexOf(c) * shift); value = 0; shift = 1; }
    }
    return out;
  }

  function getJson(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) { throw new Error(r.status + " " + url); }
      return r.json();
    });
  }

  /* Per document: [type, year + 1 (0: no date), [agencies], [campaigns]] as indexes into the manifest's lists. */
  function facets(manifest) {
    var n = numbers(manifest.facets), docs = [], i = 0;
    function list() { var c = n[i++], l = n.slice(i, i + c); i += c; return l; }
    while (i < n.length) { docs.push([n[i++], n[i++], list(), list()]); }
    return docs;
  }

  /* Scores of the documents that hold every token, best first, newest first among equals. */
  function rank(postings) {
    var score = null;
    postings.forEach(function (list) {
      var next = {}, n = list ? numbers(list) : [], doc = 0;
      for (var i = 0; i < n.length; i += 2) {
        doc += n[i];
        if (score === null || score[doc] !== undefined) { next[doc] = (score === null ? 0 : score[doc]) + n[i + 1]; }
      }
      score = next;
    });
    return Object.keys(score || {}).map(Number).sort(function (a, b) { return score[b] - score[a] || a - b; });
  }

  /* Appends text to a node with every term in <mark>. */
  function marked(node, text, terms) {
    var lower = text.toLowerCase(), hits = [], at = 0;
    terms.forEach(function (term) {
      for (var p = lower.indexOf(term); term && p >= 0; p = lower.indexOf(term, p + 1)) { hits.push([p, p + term.length]); }
    });
    hits.sort(function (a, b) { return a[0] - b[0]; }).forEach(function (hit) {
      if (hit[0] < at) { if (hit[1] > at) { hit[0] = at; } else { return; } }
      node.appendChild(document.createTextNode(text.slice(at, hit[0])));
      node.appendChild(document.createElement("mark")).textContent = text.slice(hit[0], hit[1]);
      at = hit[1];
    });
    node.appendChild(document.createTextNode(text.slice(at)));
  }

  /* The part of the text around the first term found. */
  function excerpt(text, terms) {
    var lower = text.toLowerCase(), first = -1;
    terms.forEach(function (t) { var p = lower.indexOf(t); if (p >= 0 && (first < 0 || p < first)) { first = p; } });
    var start = Math.max(0, first - 30);
    var cut = text.slice(start, start + 120);
    return (start > 0 ? "…" : "") + cut + (start + 120 < text.length ? "…" : "");
  }

  function highlightTerms(terms) {
    var out = [];
    terms.forEach(function (t) {
      var c = Array.from(t);
      out.push(t);
      for (var i = 0; HAN.test(c[0]) && i + 1 < c.length; i++) { out.push(c[i] + c[i + 1]); }
    });
    return unique(out);
  }

  function fill(select, values, counts, chosen) {
    var total = 0;
    counts.forEach(function (c) { total += c; });
    select.options[0].textContent = "全部";
    values.forEach(function (v, i) {
      if (!counts[i] && String(i) !== chosen) { return; }
      var option = new Option(v + "（" + (counts[i] || 0) + "）", String(i));
      option.selected = String(i) === chosen;
      select.appendChild(option);
    });
  }

  function item(result, terms) {
    var li = document.createElement("li"), h = li.appendChild(document.createElement("h2"));
    h.className = "doc-list-title";
    var a = h.appendChild(document.createElement("a"));
    a.href = result.url;
    marked(a, result.title, terms);
    var meta = li.appendChild(document.createElement("p"));
    meta.className = "doc-list-meta";
    [result.type, result.date, result.number, result.agencies.join("、")].forEach(function (part, i) {
      if (!part) { return; }
      var span = meta.appendChild(document.createElement(i === 1 ? "time" : "span"));
      if (i === 0) { span.className = "doc-type"; }
      if (i === 1) { span.setAttribute("datetime", part); }
      marked(span, part, i === 2 ? terms : []);
    });
    var p = li.appendChild(document.createElement("p"));
    p.className = "doc-list-summary";
    marked(p, excerpt(result.text, terms), terms);
    return li;
  }

  function pageLinks(nav, params, current, total) {
    var ul = nav.querySelector("ul");
    function add(n, label, rel) {
      var li = ul.appendChild(document.createElement("li")), el;
      if (n === current) {
        el = li.appendChild(document.createElement("span"));
        el.setAttribute("aria-current", "page");
        el.textContent = "第" + n + "页";
        return;
      }
      params.set("page", n);
      el = li.appendChild(document.createElement("a"));
      el.href = "?" + params.toString();
      el.textContent = label || n;
      if (rel) { el.rel = rel; } else { el.setAttribute("aria-label", "第" + n + "页"); }
    }
    if (current > 1) { add(current - 1, "上一页", "prev"); }
    for (var n = Math.max(1, current - 3); n <= Math.min(total, current + 3); n++) { add(n); }
    if (current < total) { add(current + 1, "下一页", "next"); }
    nav.hidden = total < 2;
  }

  function search(form) {
    var params = new URLSearchParams(window.location.search);
    var query = (params.get("q") || "").trim();
    var status = $("search-status");
    $("search-q").value = query;
    if (!query) { return; }
    var parsed = tokenize(query);
    if (!parsed.tokens.length) { status.textContent = "请输入汉字、字母或数字。"; return; }
    var base = new URL(form.getAttribute("data-index"), window.location.href);
    var terms = highlightTerms(parsed.terms);
    getJson(base).then(function (manifest) {
      var shards = {};
      parsed.tokens.forEach(function (t) { shards[shardOf(t, manifest.shards)] = true; });
      return Promise.all(Object.keys(shards).map(function (s) {
        return getJson(new URL("shards/" + s + ".json", base)).then(function (shard) { shards[s] = shard; });
      })).then(function () {
        var lists = parsed.tokens.map(function (t) { return shards[shardOf(t, manifest.shards)][t]; });
        return show(form, params, query, manifest, rank(lists), terms, base);
      });
    }).catch(function () {
      status.textContent = "搜索暂时无法使用，请通过下面的栏目查找。";
    });
  }

  function show(form, params, query, manifest, ranked, terms, base) {
    var docs = facets(manifest), names = [manifest.types, manifest.years, manifest.agencies, manifest.campaigns];
    var chosen = FACETS.map(function (f) { return params.get(f) || ""; });
    var counts = FACETS.map(function () { return []; });
    var hits = ranked.filter(function (d) {
      var f = docs[d], keep = true;
      FACETS.forEach(function (name, i) {
        var values = i === 0 ? [f[0]] : i === 1 ? (f[1] ? [f[1] - 1] : []) : f[i];
        values.forEach(function (v) { counts[i][v] = (counts[i][v] || 0) + 1; });
        if (chosen[i] && values.indexOf(Number(chosen[i])) < 0) { keep = false; }
      });
      return keep;
    });
    FACETS.forEach(function (name, i) {
      fill($("search-" + name), names[i].map(function (v) { return Array.isArray(v) ? v[1] : v; }), counts[i], chosen[i]);
    });
    $("search-filters").hidden = !ranked.length;
    var pages = Math.max(1, Math.ceil(hits.length / PER_PAGE));
    var page = Math.min(pages, Math.max(1, parseInt(params.get("page"), 10) || 1));
    var shown = hits.slice((page - 1) * PER_PAGE, page * PER_PAGE);
    var chunks = {};
    shown.forEach(function (d) { chunks[Math.floor(d / manifest.chunk)] = null; });
    return Promise.all(Object.keys(chunks).map(function (c) {
      return getJson(new URL("docs/" + c + ".json", base)).then(function (list) { chunks[c] = list; });
    })).then(function () {
      var list = $("search-results");
      shown.forEach(function (d) { list.appendChild(item(chunks[Math.floor(d / manifest.chunk)][d % manifest.chunk], terms)); });
      list.hidden = !shown.length;
      pageLinks($("search-pages"), params, page, pages);
      var filtered = chosen.join("") ? "（已筛选）" : "";
      $("search-status").textContent = hits.length
        ? "找到 " + hits.length + " 条与“" + query + "”相关的结果" + filtered + (pages > 1 ? "，第 " + page + " 页，共 " + pages + " 页。" : "。")
        : "没有找到与“" + query + "”相关的结果" + filtered + "。请换一个词，或通过下面的栏目查找。";
    });
  }

  function start() {
    var form = $("search-form");
    if (!form) { return; }
    form.hidden = false;
    $("search-noscript").hidden = true;
    search(form);
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
}());
