/* QualitySite search runtime. No dependencies; loaded only by the search page.
   The text analysis mirrors generator/QualitySite.Generator/Search/TextAnalyzer.cs exactly
   (docs/search.md; both run tests/QualitySite.Tests/Specs/tokenizer-cases.json). */
(function () {
  "use strict";

  var PAGE_SIZE = 6;
  var KIND_LABELS = { notice: "通知", guide: "指南", result: "结果", page: "页面" };

  // ---- Text analysis ----------------------------------------------------------------------

  function isHan(cp) {
    return cp === 0x3007 || (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3400 && cp <= 0x4dbf) ||
      (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0x20000 && cp <= 0x2fa1f);
  }

  function isWord(cp) {
    return (cp >= 48 && cp <= 57) || (cp >= 97 && cp <= 122);
  }

  /** NFKC, A–Z lowered, Traditional folded to Simplified: an array of code points. */
  function normalize(text, fold) {
    var out = [];
    for (var ch of needsNfkc(text) ? text.normalize("NFKC") : text) {
      var cp = ch.codePointAt(0);
      if (cp >= 65 && cp <= 90) cp += 32;
      else if (fold.has(cp)) cp = fold.get(cp);
      out.push(cp);
    }
    return out;
  }

  /** Plain ASCII and unified Han text is NFKC-stable already; skipping the call keeps highlighting fast. */
  function needsNfkc(text) {
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c >= 0x80 && !(c >= 0x3400 && c <= 0x9fff) && !(c >= 0x3001 && c <= 0x3002)) return true;
    }
    return false;
  }

  /** Tokens {term, kind: "unigram"|"bigram"|"word", position}, in the same order as the C# analyser. */
  function tokenize(text, fold) {
    var cps = normalize(text, fold), tokens = [], i = 0;
    while (i < cps.length) {
      var han = isHan(cps[i]), word = !han && isWord(cps[i]), start = i;
      if (!han && !word) { i++; continue; }
      while (i < cps.length && (han ? isHan(cps[i]) : isWord(cps[i]))) i++;
      if (han) {
        for (var k = start; k < i; k++) {
          tokens.push({ term: String.fromCodePoint(cps[k]), kind: "unigram", position: k });
          if (k + 1 < i) tokens.push({ term: String.fromCodePoint(cps[k], cps[k + 1]), kind: "bigram", position: k });
        }
      } else {
        tokens.push({ term: String.fromCodePoint.apply(null, cps.slice(start, i)), kind: "word", position: start });
      }
    }
    return tokens;
  }

  /** A query as groups: each Han run needs all its bigrams (or its one character), each word itself. */
  function queryGroups(text, fold) {
    var groups = [], current = null, last = -2;
    tokenize(text, fold).forEach(function (t) {
      if (t.kind === "word") { groups.push({ terms: [t.term], phrase: false, text: t.term }); current = null; return; }
      if (t.kind === "unigram") {
        if (!current || t.position !== last + 1) { current = { chars: [], terms: [], phrase: false }; groups.push(current); }
        current.chars.push(t.term); last = t.position;
      } else current.terms.push(t.term);
    });
    groups.forEach(function (g) {
      if (g.chars) { g.text = g.chars.join(""); if (g.terms.length === 0) g.terms = [g.text]; g.phrase = g.terms.length > 1; }
    });
    return groups;
  }

  // ---- Index files ------------------------------------------------------------------------

  function Index(manifest) {
    this.m = manifest;
    this.cache = new Map();
    this.fold = new Map();
    this.foldLoaded = new Map();
    this.inactive = new Set(manifest.inactive || []);
  }

  /** Fetches an index file once; a fetch given up on (signal) is forgotten, so a later query can ask again. */
  Index.prototype.fetch = function (path, type, signal, priority) {
    var url = this.m.base + path, cache = this.cache;
    if (!cache.has(url)) {
      cache.set(url, fetch(url, { signal: signal || undefined, priority: priority || "auto" }).then(function (r) {
        if (!r.ok) throw new Error(url + ": " + r.status);
        return type === "bin" ? r.arrayBuffer().then(function (b) { return new Uint8Array(b); }) : type === "json" ? r.json() : r.text();
      }).catch(function (e) { cache.delete(url); throw e; }));
    }
    return cache.get(url);
  };

  /** Loads the whole folding table (about 37 KB), for when the page is idle after its first results. */
  Index.prototype.loadAllFold = function (priority) {
    var self = this;
    return Promise.all(this.m.fold.map(function (_, n) { return self.loadFoldChunk(n, priority); }));
  };

  /** Loads the folding chunks that cover the characters of a text. */
  Index.prototype.loadFold = function (text) {
    var self = this, starts = this.m.fold, needed = new Set();
    for (var ch of text.normalize("NFKC")) {
      var cp = ch.codePointAt(0), lo = 0, hi = starts.length - 1;
      if (cp < 0x2e80 || cp < starts[0]) continue;
      while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (starts[mid] <= cp) lo = mid; else hi = mid - 1; }
      needed.add(lo);
    }
    return Promise.all(Array.from(needed).map(function (n) { return self.loadFoldChunk(n); }));
  };

  Index.prototype.loadFoldChunk = function (n, priority) {
    var self = this;
    if (!this.foldLoaded.has(n)) {
      this.foldLoaded.set(n, this.fetch("fold/" + n + ".txt", "text", null, priority).then(function (t) {
        var cps = Array.from(t, function (c) { return c.codePointAt(0); });
        for (var i = 0; i + 1 < cps.length; i += 2) self.fold.set(cps[i], cps[i + 1]);
      }));
    }
    return this.foldLoaded.get(n);
  };

  Index.prototype.docs = function () {
    var self = this;
    if (!this.docTable) {
      this.docTable = this.fetch("docs.bin", "bin").then(function (data) {
        var at = { i: 4 }, n = varint(data, at), docs = new Array(n);
        for (var d = 0; d < n; d++) {
          var flags = data[at.i++], year = varint(data, at), region = varint(data, at), count = varint(data, at), tags = [];
          for (var t = 0; t < count; t++) tags.push(self.m.tags[varint(data, at)]);
          docs[d] = { id: d, kind: self.m.kinds[flags & 3], hant: (flags & 4) !== 0, inactive: (flags & 8) !== 0,
            year: year, region: region ? self.m.regions[region - 1] : null, tags: tags };
        }
        return docs;
      });
    }
    return this.docTable;
  };

  function varint(data, at) {
    var result = 0, shift = 0, b;
    do { b = data[at.i++]; result |= (b & 0x7f) << shift; shift += 7; } while (b >= 0x80);
    return result >>> 0;
  }

  function fnv1a(term) {
    var bytes = new TextEncoder().encode(term), hash = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], 16777619) >>> 0;
    return hash;
  }

  /** Postings of one term: {docs: Int32Array, weights: Uint8Array, masks: Uint8Array|null}, empty when absent. */
  Index.prototype.postings = function (term) {
    var self = this;
    if (!this.decoded) this.decoded = new Map();
    if (!this.decoded.has(term)) {
      this.decoded.set(term, this.fetch("s/" + (fnv1a(term) % this.m.shards) + ".bin", "bin").then(function (data) {
        return self.decode(data, term);
      }));
    }
    return this.decoded.get(term);
  };

  Index.prototype.decode = function (data, term) {
    var at = { i: 4 }, count = varint(data, at), wanted = new TextEncoder().encode(term);
    var chars = Array.from(term), bigram = chars.length === 2 && isHan(chars[0].codePointAt(0));
    for (var t = 0; t < count; t++) {
      var len = varint(data, at), match = len === wanted.length;
      for (var k = 0; match && k < len; k++) match = data[at.i + k] === wanted[k];
      at.i += len;
      var df = varint(data, at), block = varint(data, at);
      if (!match) { at.i += block; continue; }
      var docs = new Int32Array(df), weights = new Uint8Array(df), masks = bigram ? new Uint8Array(df) : null, doc = 0;
      for (var p = 0; p < df; p++) {
        var b = data[at.i++], delta = b & 0x7f, shift = 7;
        while (b >= 0x80) { b = data[at.i++]; delta |= (b & 0x7f) << shift; shift += 7; }
        doc += delta;
        docs[p] = doc;
        weights[p] = data[at.i++];
        if (masks) masks[p] = data[at.i++];
      }
      return { docs: docs, weights: weights, masks: masks };
    }
    return { docs: new Int32Array(0), weights: new Uint8Array(0), masks: null };
  };

  // ---- Ranking ----------------------------------------------------------------------------

  function followerBit(cp) { return Math.imul(cp, 0x9e3779b1) >>> 29; }

  /** Documents containing every query term, scored by BM25 with a phrase bonus; resolves to {groups, hits: Int32Array of document ids, best first (newer, lower id, first on ties)}. */
  Index.prototype.search = function (query) {
    var self = this;
    // Start fetching shards for the query as it is folded so far, while the folding chunks load:
    // a Simplified query then needs no second round trip. Postings are cached by term.
    var early = queryGroups(query, self.fold);
    early.forEach(function (g) { g.terms.forEach(function (t) { self.postings(t); }); });
    return this.loadFold(query).then(function () {
      var groups = queryGroups(query, self.fold);
      if (groups.length === 0) return { groups: groups, hits: new Int32Array(0) };
      var terms = Array.from(new Set([].concat.apply([], groups.map(function (g) { return g.terms; }))));
      return Promise.all(terms.map(function (t) { return self.postings(t); })).then(function (lists) {
        return { groups: groups, hits: rank(self.m, groups, terms, lists) };
      });
    });
  };

  var SCORE_CEILING = 4294967295, DOC_SPAN = 1048576;

  function rank(m, groups, terms, lists) {
    var order = lists.map(function (_, i) { return i; }).sort(function (a, b) { return lists[a].docs.length - lists[b].docs.length; });
    var count = lists.length, base = lists[order[0]], n = base.docs.length, cursor = new Int32Array(count), at = new Int32Array(count);
    var idf = lists.map(function (l) { return Math.log(1 + (m.docs - l.docs.length + 0.5) / (l.docs.length + 0.5)) * (m.k1 + 1) / 255; });
    var phrases = groups.filter(function (g) { return g.phrase; }).map(function (g) {
      return g.terms.slice(0, -1).map(function (t, j) { return { list: terms.indexOf(t), bit: 1 << followerBit(Array.from(g.terms[j + 1])[1].codePointAt(0)) }; });
    });
    // Walk the rarest term's documents, keeping those every other term has; scores go to typed arrays.
    var docs = new Int32Array(n), scores = new Float64Array(n), found = 0;
    outer: for (var p = 0; p < n; p++) {
      var doc = base.docs[p];
      for (var o = 0; o < count; o++) {
        var k = order[o], l = lists[k], c = cursor[k];
        while (c < l.docs.length && l.docs[c] < doc) c++;
        cursor[k] = c;
        if (c >= l.docs.length) break outer;
        if (l.docs[c] !== doc) continue outer;
        at[k] = c;
      }
      var score = 0;
      for (var i = 0; i < count; i++) score += idf[i] * lists[i].weights[at[i]];
      if (phrases.length) {
        var chained = 0;
        for (var ph = 0; ph < phrases.length; ph++) {
          var steps = phrases[ph], s = 0;
          while (s < steps.length && (lists[steps[s].list].masks[at[steps[s].list]] & steps[s].bit) !== 0) s++;
          if (s === steps.length) chained++;
        }
        score *= 1 + 0.5 * chained / phrases.length;
      }
      docs[found] = doc;
      scores[found++] = score;
    }
    // Higher score first, then newer (lower id): one number per hit, sorted natively without a comparator.
    // Scores are kept to a millionth; ids below 2^20. The result is the document ids in rank order.
    var keys = new Float64Array(found);
    for (var r = 0; r < found; r++) keys[r] = (SCORE_CEILING - Math.min(Math.round(scores[r] * 1e6), SCORE_CEILING)) * DOC_SPAN + docs[r];
    keys.sort();
    var ranked = new Int32Array(found);
    for (var q = 0; q < found; q++) ranked[q] = keys[q] % DOC_SPAN;
    return ranked;
  }

  // ---- Excerpts and highlighting -----------------------------------------------------------

  /** Ranges [start, end) of the original text whose folded form matches a query group. */
  function matchRanges(text, groups, fold) {
    var chars = Array.from(text), parts = new Array(chars.length), origin = [];
    for (var i = 0; i < chars.length; i++) {
      var ch = chars[i], cp = ch.codePointAt(0), n;
      if (cp >= 65 && cp <= 90) n = String.fromCharCode(cp + 32);
      else if (cp < 0x80 || (cp >= 0x3400 && cp <= 0x9fff)) n = fold.has(cp) ? String.fromCodePoint(fold.get(cp)) : ch;
      else n = String.fromCodePoint.apply(null, normalize(ch, fold));
      parts[i] = n;
      for (var k = 0; k < n.length; k++) origin.push(i);
    }
    var folded = parts.join(""), ranges = [];
    groups.forEach(function (g) {
      var needle = g.text, from = 0, at;
      while (needle && (at = folded.indexOf(needle, from)) >= 0) {
        ranges.push([origin[at], origin[at + needle.length - 1] + 1]);
        from = at + needle.length;
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    return { chars: chars, ranges: ranges };
  }

  function highlighted(parent, chars, ranges, start, end) {
    var at = start;
    ranges.forEach(function (r) {
      var s = Math.max(r[0], at), e = Math.min(r[1], end);
      if (e <= s) return;
      parent.appendChild(document.createTextNode(chars.slice(at, s).join("")));
      var mark = document.createElement("mark");
      mark.textContent = chars.slice(s, e).join("");
      parent.appendChild(mark);
      at = e;
    });
    parent.appendChild(document.createTextNode(chars.slice(at, end).join("")));
  }

  function excerpt(parent, text, groups, fold) {
    var found = matchRanges(text.replace(/\s+/g, " "), groups, fold), chars = found.chars;
    var center = found.ranges.length ? found.ranges[0][0] : 0;
    var start = Math.max(0, center - 30), end = Math.min(chars.length, start + 110);
    if (start > 0) parent.appendChild(document.createTextNode("…"));
    highlighted(parent, chars, found.ranges, start, end);
    if (end < chars.length) parent.appendChild(document.createTextNode("…"));
  }

  // ---- Page ---------------------------------------------------------------------------------

  function Page(index, form) {
    this.index = index;
    this.form = form;
    this.status = document.getElementById("search-status");
    this.list = document.getElementById("search-results");
    this.more = document.getElementById("search-more");
    this.serial = 0;
  }

  Page.prototype.filters = function () {
    var f = this.form.elements;
    return { type: f.type.value, year: f.year.value, region: f.region.value, tag: f.tag.value, expired: f.expired.checked };
  };

  /** Runs the form's query; resolves with {first, all}: promises for the first result shown and for all of this batch. */
  Page.prototype.run = function () {
    var self = this, query = this.form.elements.q.value.trim(), filters = this.filters(), serial = ++this.serial;
    // Results of an earlier query still loading would hold up this one's files: drop them.
    if (this.pending) this.pending.abort();
    this.pending = window.AbortController ? new AbortController() : null;
    this.remember(query, filters);
    if (!query) {
      this.list.textContent = "";
      this.more.hidden = true;
      this.status.textContent = "请输入要查找的内容，例如：羊绒衫、3C、质量月。";
      return Promise.resolve({ first: Promise.resolve(), all: Promise.resolve() });
    }
    var filtering = filters.type || filters.year || filters.region || filters.tag;
    var searched = this.index.search(query);
    // A visitor who searches again gets the whole folding table (about 37 KB) at low priority, so
    // later queries in either script need no extra round trip; one search downloads only its part.
    if (serial > 1) this.index.loadAllFold("low").catch(function () {});
    return Promise.all([searched, filtering ? this.index.docs() : null]).then(function (r) {
      var none = { first: Promise.resolve(), all: Promise.resolve() };
      if (serial !== self.serial) return none;
      var docs = r[1], groups = r[0].groups, inactive = self.index.inactive;
      var hits = r[0].hits.filter(function (doc) {
        return (filters.expired || !inactive.has(doc)) && (!docs || matches(docs[doc], filters));
      });
      self.shown = 0;
      self.hits = hits;
      self.groups = groups;
      self.list.textContent = "";
      if (hits.length === 0) {
        self.status.textContent = "没有找到与“" + query + "”相关的内容。可以换一个更短的词、检查错别字，或去掉筛选条件再试。";
        self.more.hidden = true;
        return none;
      }
      self.status.textContent = "找到 " + hits.length + " 条与“" + query + "”相关的结果。";
      return self.showMore(serial);
    }).catch(function (e) {
      self.status.textContent = "搜索暂时无法使用，请稍后再试。";
      if (window.console) console.error(e);
      return { first: Promise.resolve(), all: Promise.resolve() };
    });
  };

  function matches(doc, f) {
    return (!f.type || doc.kind === f.type) && (!f.year || String(doc.year) === f.year) &&
      (!f.region || doc.region === f.region) && (!f.tag || doc.tags.indexOf(f.tag) >= 0);
  }

  /** Shows the next batch: a slot per result in rank order, each filled as soon as its fragment arrives. */
  Page.prototype.showMore = function (serial) {
    var self = this, batch = Array.from(this.hits.subarray(this.shown, this.shown + PAGE_SIZE)), first = null;
    this.shown += batch.length;
    this.more.hidden = this.shown >= this.hits.length;
    var filled = batch.map(function (doc) {
      var slot = document.createElement("li");
      slot.className = "search-result search-pending";
      self.list.appendChild(slot);
      return self.index.fetch("f/" + doc + ".json", "json", self.pending && self.pending.signal).then(function (f) {
        if (serial !== self.serial) return;
        // A page's own Traditional characters and their folds, so its excerpt can be highlighted.
        var v = Array.from(f.v || "", function (c) { return c.codePointAt(0); });
        for (var i = 0; i + 1 < v.length; i += 2) self.index.fold.set(v[i], v[i + 1]);
        self.render(f, slot);
      }, function (e) { if (serial === self.serial) throw e; });
    });
    first = Promise.race(filled);
    return { first: first, all: Promise.all(filled) };
  };

  Page.prototype.render = function (f, li) {
    var fold = this.index.fold, title = document.createElement("h2");
    var link = document.createElement("a"), meta = document.createElement("p"), text = document.createElement("p");
    li.className = "search-result";
    li.lang = f.l;
    link.href = f.u;
    var t = matchRanges(f.t, this.groups, fold);
    highlighted(link, t.chars, t.ranges, 0, t.chars.length);
    title.appendChild(link);
    meta.className = "item-meta";
    var badge = document.createElement("span");
    badge.className = "kind-badge kind-" + f.k;
    badge.textContent = KIND_LABELS[f.k] || "";
    var date = document.createElement("time");
    date.dateTime = f.d;
    date.textContent = f.d.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, "$1年$2月$3日");
    meta.appendChild(badge);
    meta.appendChild(date);
    if (f.r) { var region = document.createElement("span"); region.className = "item-region"; region.textContent = f.r; meta.appendChild(region); }
    if (f.i) { var inactive = document.createElement("span"); inactive.className = "search-inactive"; inactive.textContent = "已失效"; meta.appendChild(inactive); }
    text.className = "search-excerpt";
    excerpt(text, f.x, this.groups, fold);
    li.appendChild(meta);
    li.appendChild(title);
    li.appendChild(text);
  };

  Page.prototype.remember = function (query, f) {
    var params = new URLSearchParams();
    if (query) params.set("q", query);
    ["type", "year", "region", "tag"].forEach(function (k) { if (f[k]) params.set(k, f[k]); });
    if (f.expired) params.set("expired", "1");
    var search = params.toString();
    history.replaceState(null, "", location.pathname + (search ? "?" + search : ""));
  };

  Page.prototype.start = function () {
    var self = this, params = new URLSearchParams(location.search), f = this.form.elements, timer = 0;
    f.q.value = params.get("q") || "";
    ["type", "year", "region", "tag"].forEach(function (k) { f[k].value = params.get(k) || ""; });
    f.expired.checked = params.get("expired") === "1";
    this.form.addEventListener("submit", function (e) { e.preventDefault(); self.run(); });
    this.form.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { self.run(); }, 120); });
    this.form.addEventListener("change", function () { self.run(); });
    this.more.addEventListener("click", function () { self.showMore(self.serial); });
    return this.run().then(function (r) { return r.all; });
  };

  var manifestElement = document.getElementById("search-manifest");
  var form = document.getElementById("search-form");
  var api = { tokenize: tokenize, normalize: normalize, queryGroups: queryGroups, rank: rank };
  if (manifestElement && form) {
    var index = new Index(JSON.parse(manifestElement.textContent));
    var page = new Page(index, form);
    api.index = index;
    api.ready = page.start();
    /** Runs a query as if typed and resolves once its first results are on the page. */
    api.query = function (text) { form.elements.q.value = text; return page.run().then(function (r) { return r.first; }); };
    /** Like query, but resolves once every result of the first batch is shown. */
    api.queryAll = function (text) { form.elements.q.value = text; return page.run().then(function (r) { return r.all; }); };
    /** Test hook: tokens of a text after loading the folding it needs. */
    api.analyze = function (text) { return index.loadFold(text).then(function () { return tokenize(text, index.fold); }); };
  }
  window.QualitySearch = api;
})();
