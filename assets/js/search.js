/* Gazette 站内搜索 (docs/search.md): reads the query and filters from the address and the index under
   search/ (org.gazette.search.SearchIndexWriter), and shows the results. Written into the search page's
   <head> (pages.InlineScripts; linked async by older templates), so it asks for the query's index files,
   and once they are ranked for its page's result chunks, while the page is still being parsed, and shows
   the results once it is. Later queries, filters and pages are handled in place: the address changes (pushState), Back
   and Forward show the results of theirs, the count is announced through the status. Tokens as
   SearchTokens.java: NFKC, lower case, bigrams of Chinese runs, words of other letters and digits.
   ES5 with fetch. */
(function () {
  "use strict";
  var PER_PAGE = 10, DEEP = 1;
  var FACETS = ["type", "year", "agency", "campaign"];
  var LAST = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
  var MORE = "WXYZabcdefghijklmnopqrstuvwxyz-_";
  /* Varint characters by code: LAST's give their value, MORE's 32 plus theirs. */
  var CODE = [];
  for (var c = 0; c < 32; c++) { CODE[LAST.charCodeAt(c)] = c; CODE[MORE.charCodeAt(c)] = 32 + c; }
  var HAN, WORD;
  try {
    HAN = new RegExp("\\p{Script=Han}", "u");
    WORD = new RegExp("[\\p{L}\\p{Nd}]", "u");
  } catch (e) {
    return;
  }
  if (!window.fetch || !window.URLSearchParams || !String.prototype.normalize || !Array.from) { return; }
  // The index's address and shard count are on this script's element (templates/search.ftlh).
  var script = document.currentScript || document.querySelector("script[data-shards]");
  var base = new URL(script.getAttribute("data-index"), window.location.href);
  var SHARDS = Number(script.getAttribute("data-shards"));
  /* Index files by address, asked for once: a later query in place reuses what earlier ones read. */
  var files = {};
  /* The query on show; an answer for an earlier one is dropped. */
  var current = null;

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
        // Every other bigram and the last: a document holding the run holds them all.
        for (var j = 0; j + 1 < run.length; j += 2) { tokens.push(run[j] + run[j + 1]); }
        if (run.length % 2) { tokens.push(run[run.length - 2] + run[run.length - 1]); }
      }
    }
    // A lone character (年, 号) counts only alone: it is indexed from titles and metadata only.
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
    var out = [], value = 0, shift = 1, k;
    for (var i = 0; i < text.length; i++) {
      k = CODE[text.charCodeAt(i)];
      if (k >= 32) { value += (k - 32) * shift; shift *= 32; } else { out.push(value + k * shift); value = 0; shift = 1; }
    }
    return out;
  }

  function getJson(url) {
    url = String(url);
    return files[url] || (files[url] = fetch(url).then(function (r) {
      if (!r.ok) { throw new Error(r.status + " " + url); }
      return r.json();
    }).catch(function (e) { delete files[url]; throw e; }));
  }

  /* Per document: [type, year + 1 (0: none), [agencies], [campaigns]], indexes into the facet lists. */
  function facets(data) {
    var n = numbers(data.facets), docs = [], i = 0;
    function list() { var c = n[i++], l = n.slice(i, i + c); i += c; return l; }
    while (i < n.length) { docs.push([n[i++], n[i++], list(), list()]); }
    return docs;
  }

  /* The documents holding every token, best first, newest first among equals (buckets by score, no sort).
     A posting is the document's distance from the one before (a varint) and its weight (one character: at
     most 31). They are decoded in place into typed arrays sized by the index's document count: this runs
     once a query, mostly before the engine has compiled it, where every array made, function called and
     test in the loop counts (docs/performance.md). */
  function rank(postings, documents) {
    var count = postings.length, held = new Uint16Array(documents), score = new Uint16Array(documents);
    var text, length, doc, gap, shift, k, i;
    for (var token = 0; token < count; token++) {
      text = postings[token]; length = text.length; doc = 0; i = 0;
      while (i < length) {
        gap = 0; shift = 1;
        while ((k = CODE[text.charCodeAt(i++)]) >= 32) { gap += (k - 32) * shift; shift *= 32; }
        doc += gap + k * shift;
        if (held[doc] === token) { held[doc] = token + 1; score[doc] += CODE[text.charCodeAt(i)]; }
        i++;
      }
    }
    var byScore = [], ranked = [], bucket;
    for (doc = 0; doc < documents; doc++) {
      if (held[doc] === count) { (byScore[score[doc]] || (byScore[score[doc]] = [])).push(doc); }
    }
    for (i = byScore.length - 1; i > 0; i--) {
      bucket = byScore[i];
      for (k = 0; bucket && k < bucket.length; k++) { ranked.push(bucket[k]); }
    }
    return ranked;
  }

  /* Each token's postings, from the shards of a shard count. */
  function postingsOf(tokens, count) {
    var shards = {};
    tokens.forEach(function (t) { shards[shardOf(t, count)] = null; });
    return Promise.all(Object.keys(shards).map(function (s) {
      return getJson(new URL("shards/" + s + ".json", base)).then(function (shard) { shards[s] = shard; });
    })).then(function () {
      return tokens.map(function (t) { return shards[shardOf(t, count)][t] || ""; });
    });
  }

  /* The manifest and the ranked documents for the tokens. The shards the page names are asked for first; the
     manifest only confirms their count, since a page cached from an older build may name another. */
  function lookUp(tokens) {
    var named = postingsOf(tokens, SHARDS);
    named.catch(function () { /* shown through the chain below, or not needed */ });
    return getJson(base).then(function (manifest) {
      return (manifest.shards === SHARDS ? named : postingsOf(tokens, manifest.shards)).then(function (postings) {
        return [manifest, rank(postings, manifest.documents)];
      });
    });
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

  /* Where the text holds the query's first run found, else its first bigram found; -1: nowhere. */
  function bestMatch(text, terms) {
    var lower = text.toLowerCase(), at = -1;
    for (var i = 0; i < terms.length && at < 0; i++) { at = lower.indexOf(terms[i]); }
    return at;
  }

  /* The part of the text around the best match. */
  function excerpt(text, terms) {
    var start = Math.max(0, bestMatch(text, terms) - 30);
    var cut = text.slice(start, start + 120);
    return (start > 0 ? "…" : "") + cut + (start + 120 < text.length ? "…" : "");
  }

  /* The query's runs, then their bigrams. */
  function highlightTerms(terms) {
    var out = terms.slice();
    terms.forEach(function (t) {
      var c = Array.from(t);
      for (var i = 0; HAN.test(c[0]) && i + 1 < c.length; i++) { out.push(c[i] + c[i + 1]); }
    });
    return unique(out);
  }

  function fill(select, values, counts, chosen) {
    select.options[0].textContent = "全部";
    select.length = 1;
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

  /* What an address asks for, with the index files its results need already asked for. */
  function ask(address) {
    var params = new URLSearchParams(address), query = (params.get("q") || "").trim(), q = tokenize(query);
    q.address = address;
    q.params = params;
    q.query = query;
    q.chosen = FACETS.map(function (f) { return params.get(f) || ""; });
    q.filtered = q.chosen.join("") !== "";
    if (q.tokens.length) {
      q.found = lookUp(q.tokens);
      // With a filter chosen the facets are needed before any result; otherwise they come after, and the
      // result chunks of the page asked for are known once the shards are ranked: they are asked for at
      // once, while the page may still be parsed, best result's first.
      if (q.filtered) { q.facets = getJson(new URL("facets.json", base)); } else {
        q.found.then(function (got) {
          return Promise.all(pageOf(q, got[1]).chunks(got[0].chunk).map(chunkFile));
        }).catch(function () { /* shown by search */ });
      }
    }
    return q;
  }

  /* Shows the results of a query (from ask), in place of those shown before. */
  function search(q) {
    var status = $("search-status"), list = $("search-results"), pages = $("search-pages");
    current = q;
    $("search-q").value = q.query;
    status.textContent = "";
    list.textContent = "";
    list.hidden = pages.hidden = true;
    pages.querySelector("ul").textContent = "";
    if (!q.query) { return; }
    if (!q.tokens.length) { status.textContent = "请输入汉字、字母或数字。"; return; }
    var terms = highlightTerms(q.terms);
    q.found.then(function (got) {
      var chunk = got[0].chunk, ranked = got[1];
      if (current !== q) { return; }
      if (!ranked.length || !q.filtered) {
        $("search-filters").hidden = $("search-filters").hidden || !ranked.length;
        return show(q, chunk, ranked, terms).then(function () {
          return ranked.length && getJson(new URL("facets.json", base)).then(function (data) {
            if (current === q) { filters(data, ranked, q.chosen); }
          });
        });
      }
      return q.facets.then(function (data) { return current === q && show(q, chunk, filters(data, ranked, q.chosen), terms); });
    }).catch(function () {
      if (current === q) { status.textContent = "搜索暂时无法使用，请通过下面的栏目查找。"; }
    });
  }

  /* Fills the filters from the ranked documents' facets; gives back those the chosen ones keep. */
  function filters(data, ranked, chosen) {
    var docs = facets(data), names = [data.types, data.years, data.agencies, data.campaigns];
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
    $("search-filters").hidden = false;
    return hits;
  }

  /* The page of the hits the address asks for: its number, the page count, its hits, and their result chunks. */
  function pageOf(q, hits) {
    var pages = Math.max(1, Math.ceil(hits.length / PER_PAGE));
    var page = Math.min(pages, Math.max(1, parseInt(q.params.get("page"), 10) || 1));
    var shown = hits.slice((page - 1) * PER_PAGE, page * PER_PAGE);
    return { page: page, pages: pages, shown: shown, chunks: function (chunk) {
      return unique(shown.map(function (d) { return Math.floor(d / chunk); }));
    } };
  }

  function chunkFile(c) { return getJson(new URL("docs/" + c + ".json", base)); }

  /* Shows a page of the hits, each as soon as its chunk and those of the better ones came, then their count
     (the live region). */
  function show(q, chunk, hits, terms) {
    var params = new URLSearchParams(q.address), at = pageOf(q, hits), pages = at.pages, page = at.page;
    var shown = at.shown, chunks = {}, next = 0, deep = [];
    var list = $("search-results");
    function add() {
      while (current === q && next < shown.length && chunks[Math.floor(shown[next] / chunk)]) {
        var d = shown[next++], result = chunks[Math.floor(d / chunk)][d % chunk], li = list.appendChild(item(result, terms));
        list.hidden = false;
        // The index keeps the start of the text: a match only deeper in the body is read from the page.
        if (bestMatch(result.title, terms) < 0 && bestMatch(result.text, terms) < 0) { deep.push([result.url, li]); }
      }
    }
    return Promise.all(at.chunks(chunk).map(function (c) {
      return chunkFile(c).then(function (file) { chunks[c] = file; add(); });
    })).then(function () {
      if (current !== q) { return; }
      pageLinks($("search-pages"), params, page, pages);
      var about = "与“" + q.query + "”相关的结果" + (q.filtered ? "（已筛选）" : "");
      $("search-status").textContent = hits.length
        ? "找到 " + hits.length + " 条" + about + (pages > 1 ? "，第 " + page + " 页，共 " + pages + " 页。" : "。")
        : "没有找到" + about + "。请换一个词，或通过下面的栏目查找。";
      // At most DEEP pages (19-43 KB each), so that a query stays within 300 KB with the facets.
      deep.slice(0, DEEP).forEach(function (d) { deepExcerpt(d[0], d[1], terms); });
    });
  }

  /* The excerpt from the result's own page, around the best match in its body. */
  function deepExcerpt(url, li, terms) {
    fetch(url).then(function (r) { return r.ok ? r.text() : ""; }).then(function (html) {
      var body = new DOMParser().parseFromString(html, "text/html").querySelector(".document-body");
      var text = body ? body.textContent.replace(/\s+/g, " ").trim() : "", p = li.querySelector(".doc-list-summary");
      if (bestMatch(text, terms) >= 0) {
        p.textContent = "";
        marked(p, excerpt(text, terms), terms);
      }
    }).catch(function () { /* the stored excerpt stays */ });
  }

  /* Another query, filter or page of results, shown in place under its own address. */
  function go(address) {
    if (address === current.address) { return; }
    window.history.pushState(null, "", address || "?");
    search(ask(address));
  }

  /* The form's query and chosen filters as an address (no page: a new query starts at the first). */
  function formAddress(form) {
    var params = new URLSearchParams();
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name && field.value.trim()) { params.set(field.name, field.name === "q" ? field.value.trim() : field.value); }
    });
    return "?" + params.toString();
  }

  function start() {
    var form = $("search-form");
    if (!form) { return; }
    form.hidden = false;
    $("search-noscript").hidden = true;
    search(first);
    if (!window.history.pushState) { return; }
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      go(formAddress(form));
    });
    $("search-pages").addEventListener("click", function (e) {
      var a = e.target.closest ? e.target.closest("a") : null;
      if (!a || e.button || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) { return; }
      e.preventDefault();
      go(a.search);
      // The link is gone with the old results: focus the count, from which Tab leads to the results.
      $("search-status").focus();
    });
    window.addEventListener("popstate", function () {
      // A skip link's #main changes the address too, but not the query.
      if (window.location.search !== current.address) { search(ask(window.location.search)); }
    });
  }

  var first = ask(window.location.search);
  // Shown once the page is parsed ("interactive"), not at DOMContentLoaded, which also waits for the
  // stylesheet and the deferred site.js.
  if (document.readyState === "loading") {
    document.addEventListener("readystatechange", function parsed() {
      document.removeEventListener("readystatechange", parsed);
      start();
    });
  } else {
    start();
  }
}());
