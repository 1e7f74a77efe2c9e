/* QualitySite search runtime. No dependencies; loaded only by the search page.
   The text analysis mirrors generator/QualitySite.Generator/Search/TextAnalyzer.cs exactly
   (docs/search.md; both run tests/QualitySite.Tests/Specs/tokenizer-cases.json). */
(function () {
  "use strict";

  var PAGE_SIZE = 8;
  // How long a query must rest before screen readers hear its result count (see Page.say).
  var SETTLE = 900;

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
    var cps = normalize(text, fold), tokens = [], i = 0, lastWord = null;
    function word(from, to) {
      tokens.push({ term: String.fromCodePoint.apply(null, cps.slice(from, to)), kind: "word", position: from });
      // Two short numbers joined by a dot (3·15, 3.15) also make the number readers type for them (315).
      var p = lastWord;
      if (p && p[1] + 1 === from && (cps[p[1]] === 46 || cps[p[1]] === 0xb7 || cps[p[1]] === 0x2022) &&
          p[1] - p[0] <= 2 && to - from <= 2 && digits(p[0], p[1]) && digits(from, to)) {
        tokens.push({ term: String.fromCodePoint.apply(null, cps.slice(p[0], p[1]).concat(cps.slice(from, to))), kind: "word", position: p[0] });
      }
      lastWord = [from, to];
    }
    function digits(from, to) { for (var d = from; d < to; d++) if (cps[d] > 57) return false; return true; }
    while (i < cps.length) {
      var han = isHan(cps[i]), latin = !han && isWord(cps[i]), start = i;
      if (!han && !latin) { i++; continue; }
      while (i < cps.length && (han ? isHan(cps[i]) : isWord(cps[i]))) i++;
      if (han) {
        for (var k = start; k < i; k++) {
          tokens.push({ term: String.fromCodePoint(cps[k]), kind: "unigram", position: k });
          if (k + 1 < i) tokens.push({ term: String.fromCodePoint(cps[k], cps[k + 1]), kind: "bigram", position: k });
        }
      } else if (i - start <= 3) {
        word(start, i);
      } else {
        // A longer word mixing letters and digits is split where they meet (GB18401 → gb 18401); 3C stays whole.
        for (var from = start, e = start + 1; e <= i; e++) {
          if (e === i || (cps[e] <= 57) !== (cps[e - 1] <= 57)) {
            word(from, e);
            from = e;
          }
        }
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

  /**
   * The folding table as two sorted arrays (Traditional code points, their Simplified forms),
   * looked up by binary search: made from the file's text in one quick pass, where a Map of six
   * thousand entries took a new page several milliseconds. Has the has/get of a Map.
   */
  function FoldTable(text) {
    var from = new Uint32Array(text.length >> 1), to = new Uint32Array(text.length >> 1), n = 0;
    for (var i = 0; i < text.length; n++) {
      var a = text.codePointAt(i); i += a > 0xffff ? 2 : 1;
      var b = text.codePointAt(i); i += b > 0xffff ? 2 : 1;
      from[n] = a;
      to[n] = b;
    }
    this.from = from.subarray(0, n);
    this.to = to.subarray(0, n);
  }

  FoldTable.prototype.find = function (cp) {
    var from = this.from, lo = 0, hi = from.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1, v = from[mid];
      if (v === cp) return mid;
      if (v < cp) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
  };
  FoldTable.prototype.has = function (cp) { return cp >= 0x2e80 && this.find(cp) >= 0; };
  FoldTable.prototype.get = function (cp) { var at = cp >= 0x2e80 ? this.find(cp) : -1; return at >= 0 ? this.to[at] : undefined; };

  function Index(manifest) {
    this.m = manifest;
    this.cache = new Map();
    this.fold = new FoldTable("");
    this.foldReady = false;
    this.inactive = new Uint8Array(manifest.docs);
    for (var i = 0; i < (manifest.inactive || []).length; i++) this.inactive[manifest.inactive[i]] = 1;
  }

  /** Fetches an index file once; a fetch given up on (signal) is forgotten, so a later query can ask again. */
  Index.prototype.fetch = function (path, type, signal) {
    // The Traditional edition's search page reads the same index, and result fragments of its own.
    var base = this.m.fragments && path.indexOf("f/") === 0 ? this.m.fragments : this.m.base;
    return this.fetchUrl(base + path, type, signal);
  };

  Index.prototype.fetchUrl = function (url, type, signal) {
    var cache = this.cache;
    if (!cache.has(url)) {
      cache.set(url, fetch(url, signal ? { signal: signal } : undefined).then(function (r) {
        if (!r.ok) throw new Error(url + ": " + r.status);
        return type === "bin" ? r.arrayBuffer().then(function (b) { return new Uint8Array(b); }) : type === "json" ? r.json() : r.text();
      }).catch(function (e) { cache.delete(url); throw e; }));
    }
    return cache.get(url);
  };

  /**
   * Loads the Traditional→Simplified table (about 37 KB, pairs of characters run together). The
   * search page preloads it while the page is parsed; its name carries its content hash, so a
   * browser keeps it across site updates.
   */
  Index.prototype.loadFold = function () {
    var self = this;
    if (!this.foldLoading) {
      this.foldLoading = this.fetchUrl(this.m.fold, "text").then(function (t) {
        self.fold = new FoldTable(t);
        self.foldReady = true;
      });
    }
    return this.foldLoading;
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

  /**
   * Postings of one term, empty when absent: {df, docs: Int32Array, weights: Uint8Array, masks:
   * Uint8Array|null} listing its documents, or for a term on most pages {df, dense: Uint8Array of a
   * weight per document (0: absent), masks: Uint8Array of a mask per document | null}.
   */
  Index.prototype.postings = function (term) {
    var self = this;
    if (!this.decoded) this.decoded = new Map();
    if (!this.decoded.has(term)) {
      this.decoded.set(term, this.fetch("s/" + (fnv1a(term) % this.m.shards) + ".bin", "bin").then(function (data) {
        return self.decode(data, term);
      }, function (e) { self.decoded.delete(term); throw e; }));
    }
    return this.decoded.get(term);
  };

  /** Starts fetching the shards a query needs (as it folds with the table loaded so far); nothing is ranked or shown. */
  Index.prototype.prefetch = function (query) {
    var self = this;
    queryGroups(query, this.fold).forEach(function (g) {
      g.terms.forEach(function (t) { self.postings(t).catch(function () {}); });
    });
  };

  Index.prototype.decode = function (data, term) {
    var at = { i: 4 }, count = varint(data, at), wanted = new TextEncoder().encode(term);
    var chars = Array.from(term), bigram = chars.length === 2 && isHan(chars[0].codePointAt(0));
    for (var t = 0; t < count; t++) {
      var len = varint(data, at), match = len === wanted.length;
      for (var k = 0; match && k < len; k++) match = data[at.i + k] === wanted[k];
      at.i += len;
      var flagged = varint(data, at), df = flagged >>> 1, block = varint(data, at);
      if (!match) { at.i += block; continue; }
      // A term on most pages comes dense: a weight per document (0: absent), then a mask per document. Nothing to decode.
      if (flagged & 1) {
        var n = this.m.docs;
        return { df: df, dense: data.subarray(at.i, at.i + n), masks: bigram ? data.subarray(at.i + n, at.i + 2 * n) : null };
      }
      var docs = new Int32Array(df), weights = new Uint8Array(df), masks = bigram ? new Uint8Array(df) : null, doc = 0;
      for (var p = 0; p < df; p++) {
        var b = data[at.i++], delta = b & 0x7f, shift = 7;
        while (b >= 0x80) { b = data[at.i++]; delta |= (b & 0x7f) << shift; shift += 7; }
        doc += delta;
        docs[p] = doc;
        weights[p] = data[at.i++];
        if (masks) masks[p] = data[at.i++];
      }
      return { df: df, docs: docs, weights: weights, masks: masks };
    }
    return { df: 0, docs: new Int32Array(0), weights: new Uint8Array(0), masks: null };
  };

  // ---- Ranking ----------------------------------------------------------------------------

  function followerBit(cp) { return Math.imul(cp, 0x9e3779b1) >>> 29; }

  /**
   * Documents containing every query term, scored by BM25 with a phrase bonus; resolves to
   * {groups, hits: Int32Array of document ids, best first (newer, lower id, first on ties), partial}.
   * When few documents have every term of a longer query, partial holds those with most of its
   * terms (rankPartial), to be shown after the full matches, with terms: one group per term.
   */
  Index.prototype.search = function (query) {
    // The search page asks for the same query twice (while typing pauses, then to show it): keep the last one.
    var self = this, last = this.last;
    if (last && last.query === query) return last.result;
    last = this.last = { query: query, result: this.searchNow(query) };
    last.result.catch(function () { if (self.last === last) self.last = null; });
    return last.result;
  };

  Index.prototype.searchNow = function (query) {
    var self = this;
    // The folding table still on its way: fetch the shards for the query as it reads unfolded, so
    // a Simplified query needs no second round trip. Postings are cached by term.
    if (!this.foldReady) this.prefetch(query);
    return this.loadFold().then(function () {
      var groups = queryGroups(query, self.fold);
      if (groups.length === 0) return { groups: groups, hits: new Int32Array(0) };
      var terms = Array.from(new Set([].concat.apply([], groups.map(function (g) { return g.terms; }))));
      return Promise.all(terms.map(function (t) { return self.postings(t); })).then(function (lists) {
        // The best page's fragment is asked for as soon as it is known, before the rest are sorted.
        var hits = rank(self.m, groups, terms, lists, self.inactive, function (best) { self.fetch("f/" + best + ".json", "json").catch(function () {}); });
        var partial = hits.length < FEW_RESULTS ? rankPartial(self.m, groups, terms, lists) : new Int32Array(0);
        // Partial matches are highlighted term by term: the query as a whole is in none of them.
        return { groups: groups, hits: hits, partial: partial, terms: terms.map(function (t) { return { terms: [t], text: t }; }) };
      });
    });
  };

  var SCORE_CEILING = 4294967295, DOC_SPAN = 1048576, scratch = null;

  /**
   * Scores every document at once: one pass over each term's postings adds to per-document
   * counters and scores (typed arrays as long as the collection). Plain loops over typed arrays
   * are fast even before the browser has compiled them, which matters for the first query after
   * a page load. Returns the arrays has (terms found), score (BM25) and chained (phrases found; each
   * multiplies the score by 1 + bonus), and fewest (the shortest list, a bound on full matches).
   */
  function accumulate(m, groups, terms, lists) {
    var n = m.docs, count = lists.length;
    if (!scratch || scratch.n !== n) scratch = { n: n, has: new Uint16Array(n), steps: new Uint16Array(n), chained: new Uint16Array(n), score: new Float64Array(n) };
    var has = scratch.has, steps = scratch.steps, chained = scratch.chained, score = scratch.score, fewest = n;
    has.fill(0);
    score.fill(0);
    chained.fill(0);
    for (var i = 0; i < count; i++) {
      var list = lists[i], len = list.dense ? list.df : list.docs.length;
      var idf = Math.log(1 + (n - len + 0.5) / (len + 0.5)) * (m.k1 + 1) / 255;
      if (len < fewest) fewest = len;
      if (list.dense) {
        var w = list.dense;
        for (var e = 0; e < n; e++) if (w[e] !== 0) { has[e]++; score[e] += idf * w[e]; }
      } else {
        var docs = list.docs, weights = list.weights;
        for (var p = 0; p < len; p++) { var d = docs[p]; has[d]++; score[d] += idf * weights[p]; }
      }
    }
    // Phrase: a run's bigrams chain when each one's follower mask holds the next bigram's second character.
    var phrases = groups.filter(function (g) { return g.phrase; });
    for (var g = 0; g < phrases.length; g++) {
      var run = phrases[g].terms;
      steps.fill(0);
      for (var s = 0; s + 1 < run.length; s++) {
        var step = lists[terms.indexOf(run[s])], bit = 1 << followerBit(Array.from(run[s + 1])[1].codePointAt(0)), masks = step.masks;
        if (step.dense) {
          for (var x = 0; x < n; x++) if ((masks[x] & bit) !== 0) steps[x]++;
        } else {
          var pd = step.docs;
          for (var q = 0; q < pd.length; q++) if ((masks[q] & bit) !== 0) steps[pd[q]]++;
        }
      }
      for (var c = 0; c < n; c++) if (steps[c] === run.length - 1) chained[c]++;
    }
    return { n: n, count: count, has: has, fewest: fewest, score: score, chained: chained, bonus: phrases.length ? 0.5 / phrases.length : 0 };
  }

  /**
   * Documents with every term, best first: higher score, then newer (lower id). When given,
   * onBest(doc) hears the best one not flagged in skip before the rest are sorted, so its fragment
   * can be on its way while they are.
   */
  function rank(m, groups, terms, lists, skip, onBest) {
    var a = accumulate(m, groups, terms, lists), has = a.has, count = a.count, score = a.score, chained = a.chained, bonus = a.bonus;
    // One number per hit, sorted natively without a comparator. Scores are kept to a millionth; ids below 2^20.
    var keys = new Float64Array(a.fewest), found = 0, n = a.n, best = Infinity;
    for (var doc = 0; doc < n; doc++) {
      if (has[doc] !== count) continue;
      var value = Math.round(score[doc] * (1 + bonus * chained[doc]) * 1e6);
      var key = keys[found++] = (SCORE_CEILING - (value < SCORE_CEILING ? value : SCORE_CEILING)) * DOC_SPAN + doc;
      if (key < best && !(skip && skip[doc])) best = key;
    }
    if (onBest && best !== Infinity) onBest(best % DOC_SPAN);
    keys = keys.subarray(0, found).sort();
    var ranked = new Int32Array(found);
    for (var r = 0; r < found; r++) ranked[r] = keys[r] % DOC_SPAN;
    return ranked;
  }

  /** Fewer full matches than this, and a longer query also looks for partial ones. */
  var FEW_RESULTS = 20, SCORE_STEPS = 16777216;

  /**
   * Pages with most but not all terms of a longer query: a question typed as a sentence
   * (怎样辨别羊绒衫的真假), or words typed together that a page writes apart (电梯安全 in 电梯的安全).
   * At least half of the terms and two or more; more terms first, then score, then newer. Only
   * for queries of three terms or more, so 督抽查 and other short queries stay exact.
   */
  function rankPartial(m, groups, terms, lists) {
    var count = lists.length;
    if (count < 3) return new Int32Array(0);
    var a = accumulate(m, groups, terms, lists), has = a.has, need = Math.max(2, Math.ceil(count / 2)), keys = [];
    for (var doc = 0; doc < a.n; doc++) {
      var h = has[doc];
      if (h < need || h === count) continue;
      // Missing terms (8 bits), score to a ten-thousandth (24 bits), id (20 bits): exact in a double.
      var value = SCORE_STEPS - 1 - Math.min(Math.round(a.score[doc] * (1 + a.bonus * a.chained[doc]) * 1e4), SCORE_STEPS - 1);
      keys.push(((count - h) * SCORE_STEPS + value) * DOC_SPAN + doc);
    }
    var sorted = Float64Array.from(keys).sort(), ranked = new Int32Array(sorted.length);
    for (var r = 0; r < sorted.length; r++) ranked[r] = sorted[r] % DOC_SPAN;
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

  /** About 110 characters around the first match, marked. Most matches are near the start, so the text's first 600 characters are looked at first, the rest only when no match is there. */
  function excerpt(parent, text, groups, fold) {
    var flat = text.replace(/\s+/g, " "), head = flat.length > 600, found = matchRanges(head ? flat.slice(0, 600) : flat, groups, fold);
    if (head && (!found.ranges.length || found.ranges[0][0] > found.chars.length - 90)) {
      found = matchRanges(flat, groups, fold);
      head = false;
    }
    var chars = found.chars, center = found.ranges.length ? found.ranges[0][0] : 0;
    var start = Math.max(0, center - 30), end = Math.min(chars.length, start + 110);
    if (start > 0) parent.appendChild(document.createTextNode("…"));
    highlighted(parent, chars, found.ranges, start, end);
    if (end < chars.length || head) parent.appendChild(document.createTextNode("…"));
  }


  // ---- Page ---------------------------------------------------------------------------------

  function Page(index, form) {
    this.index = index;
    this.form = form;
    this.status = document.getElementById("search-status");
    this.live = document.getElementById("search-live");
    this.list = document.getElementById("search-results");
    this.more = document.getElementById("search-more");
    this.messages = document.getElementById("search-messages");
    this.serial = 0;
  }

  Page.prototype.filters = function () {
    var f = this.form.elements;
    return { type: f.type.value, year: f.year.value, region: f.region.value, tag: f.tag.value, expired: f.expired.checked };
  };

  /**
   * Work for a query while the reader may still be typing: fetch its shards, rank, and fetch the
   * best result's fragment, so that the search, when typing pauses, finds everything here. Nothing
   * on the page changes (that waits for the pause: no flicker, no screen-reader announcement per
   * keystroke). With filters set, only the shards are fetched.
   */
  Page.prototype.prepare = function (query) {
    var self = this, f = this.filters();
    if (!query) return;
    this.index.prefetch(query);
    if (f.type || f.year || f.region || f.tag) return;
    // Ranking asks for the best full match's fragment itself; only a partial best needs asking for here.
    this.index.search(query).then(function (r) {
      if (self.form.elements.q.value.trim() !== query || r.hits.length) return;
      var inactive = self.index.inactive;
      for (var i = 0; i < r.partial.length; i++) {
        if (f.expired || !inactive[r.partial[i]]) return self.index.fetch("f/" + r.partial[i] + ".json", "json");
      }
    }).catch(function () {});
  };

  /** Runs the form's query; resolves with {first, all}: promises for the first result shown and for all of this batch. */
  Page.prototype.run = function () {
    var self = this, query = this.form.elements.q.value.trim(), filters = this.filters(), serial = ++this.serial;
    this.current = { query: query, started: performance.now() };
    // Results of an earlier query still loading would hold up this one's files: drop them.
    if (this.pending) this.pending.abort();
    this.pending = window.AbortController ? new AbortController() : null;
    if (!query) {
      this.remember(query, filters);
      this.list.textContent = "";
      this.more.hidden = true;
      this.say(this.text("empty"));
      return Promise.resolve({ first: Promise.resolve(), all: Promise.resolve() });
    }
    var filtering = filters.type || filters.year || filters.region || filters.tag;
    var searched = this.index.search(query);
    var docsLoaded = filtering ? this.index.docs() : null;
    // The address bar follows the query; updating it while the index files are on their way keeps it off the critical path.
    this.remember(query, filters);
    return Promise.all([searched, docsLoaded]).then(function (r) {
      var none = { first: Promise.resolve(), all: Promise.resolve() };
      if (serial !== self.serial) return none;
      var exact = self.filter(r[0].hits, r[1], filters), loose = self.filter(r[0].partial, r[1], filters);
      var hits = new Int32Array(exact.length + loose.length);
      hits.set(exact);
      hits.set(loose, exact.length);
      self.shown = 0;
      self.hits = hits;
      self.exact = exact.length;
      self.groups = r[0].groups;
      self.termGroups = r[0].terms;
      if (hits.length === 0) {
        self.list.textContent = "";
        self.say(self.text("none", { q: query }));
        self.more.hidden = true;
        self.announce(0);
        return none;
      }
      // The previous results stay on screen until the new best one can replace them in a single
      // frame: no half-empty list in between, and no page layout while its fragment is on the way.
      return self.showMore(serial, function () {
        self.list.textContent = "";
        self.say(exact.length === 0
          ? self.text("loose", { m: loose.length })
          : self.text("found", { n: exact.length, q: query }) + (loose.length ? self.text("also", { m: loose.length }) : ""));
      });
    }).catch(function (e) {
      self.say(self.text("failed"));
      if (window.console) console.error(e);
      return { first: Promise.resolve(), all: Promise.resolve() };
    });
  };

  /**
   * Shows a status at once, and tells screen readers once the query has settled: the live region
   * is written when neither the input nor the status has changed for SETTLE ms, and only with the
   * status of the query now in the box, so typing 羊絨衫 is announced once, not per character.
   */
  /**
   * A message of the page, from its template of messages (written in the page's script, so the
   * Traditional edition's search page speaks Traditional), with {q}, {n} and {m} filled in.
   */
  Page.prototype.text = function (key, values) {
    var node = this.messages && this.messages.content.querySelector('[data-key="' + key + '"]');
    return (node ? node.textContent : "").replace(/\{(\w)\}/g, function (all, name) { return values && name in values ? String(values[name]) : all; });
  };

  Page.prototype.say = function (text) {
    this.status.textContent = text;
    this.said = { text: text, query: this.form.elements.q.value.trim() };
    this.settle();
  };

  /** (Re)starts the wait before the live region speaks; called by say() and on every input. */
  Page.prototype.settle = function () {
    var self = this;
    if (!this.live) return;
    clearTimeout(this.liveTimer);
    this.liveTimer = setTimeout(function () {
      var said = self.said;
      if (!said || said.query !== self.form.elements.q.value.trim()) return;
      if (self.live.textContent !== said.text) self.live.textContent = said.text;
    }, SETTLE);
  };

  /** Ranked hits without expired or repealed documents (unless asked for) and, when filters are set, only those that pass. */
  Page.prototype.filter = function (hits, docs, filters) {
    if (filters.expired && !docs) return hits;
    var kept = new Int32Array(hits.length), n = 0, inactive = this.index.inactive;
    for (var i = 0; i < hits.length; i++) {
      var doc = hits[i];
      if ((filters.expired || !inactive[doc]) && (!docs || matches(docs[doc], filters))) kept[n++] = doc;
    }
    return kept.subarray(0, n);
  };

  function matches(doc, f) {
    return (!f.type || doc.kind === f.type) && (!f.year || String(doc.year) === f.year) &&
      (!f.region || doc.region === f.region) && (!f.tag || doc.tags.indexOf(f.tag) >= 0);
  }

  /**
   * Shows the next batch of results in rank order. The best result's fragment is fetched alone
   * first (six requests at once share the connection and each arrives later); when it arrives,
   * replace() clears the old results, the batch gets its slots and the first
   * is filled; the other fragments are fetched then, each filled as it arrives.
   */
  Page.prototype.showMore = function (serial, replace) {
    var self = this, start = this.shown, batch = Array.from(this.hits.subarray(start, start + PAGE_SIZE));
    var signal = this.pending && this.pending.signal, slots = [];
    if (batch.length === 0) return { first: Promise.resolve(), all: Promise.resolve() };
    this.shown += batch.length;
    function fetched(i) { return self.index.fetch("f/" + batch[i] + ".json", "json", signal); }
    function fill(i, f) { if (serial === self.serial) self.render(f, slots[i], start + i >= self.exact); }
    function failed(i) {
      return function (e) {
        if (serial !== self.serial) return;
        slots[i].className = "search-result";
        slots[i].textContent = self.text("slot");
        if (window.console) console.error(e);
      };
    }
    var first = fetched(0).then(function (f) { return { f: f }; }, function (e) { return { e: e }; }).then(function (got) {
      if (serial !== self.serial) return;
      if (replace) replace();
      self.more.hidden = self.shown >= self.hits.length;
      slots = batch.map(function () {
        var slot = document.createElement("li");
        slot.className = "search-result search-pending";
        self.list.appendChild(slot);
        return slot;
      });
      if (got.e) failed(0)(got.e); else fill(0, got.f);
      if (start === 0) self.announce(self.hits.length);
    });
    var all = first.then(function () {
      if (serial !== self.serial) return;
      return Promise.all(batch.slice(1).map(function (_, k) {
        return fetched(k + 1).then(function (f) { fill(k + 1, f); }, failed(k + 1));
      }));
    });
    return { first: first, all: all };
  };

  /**
   * Tells listeners that a query's first results (or its no-result message) are on the page: a
   * "qsite:results" event on the form with {query, count, ms}, ms counted from when the search
   * started. For site analytics, and the benchmark's clock.
   */
  Page.prototype.announce = function (count) {
    var c = this.current;
    if (typeof CustomEvent === "function") {
      this.form.dispatchEvent(new CustomEvent("qsite:results", { detail: { query: c.query, count: count, ms: performance.now() - c.started } }));
    }
  };

  /** Fills a result's slot; a partial match (not every term of the query) is marked and highlighted term by term. */
  Page.prototype.render = function (f, li, partial) {
    var fold = this.index.fold, title = document.createElement("h2"), groups = partial ? this.termGroups : this.groups;
    var link = document.createElement("a"), meta = document.createElement("p"), text = document.createElement("p");
    li.className = "search-result";
    li.lang = f.l;
    link.href = f.u;
    var t = matchRanges(f.t, groups, fold);
    highlighted(link, t.chars, t.ranges, 0, t.chars.length);
    title.appendChild(link);
    meta.className = "item-meta";
    var badge = document.createElement("span");
    badge.className = "kind-badge kind-" + f.k;
    var labels = (this.index.m.kindLabels || {})[f.k];
    badge.textContent = labels ? labels[/^zh-Hant/.test(document.documentElement.lang) ? 1 : 0] : "";
    var date = document.createElement("time");
    date.dateTime = f.d;
    date.textContent = f.d.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, "$1年$2月$3日");
    meta.appendChild(badge);
    meta.appendChild(date);
    if (f.r) { var region = document.createElement("span"); region.className = "item-region"; region.textContent = f.r; meta.appendChild(region); }
    if (f.i) { var inactive = document.createElement("span"); inactive.className = "search-inactive"; inactive.textContent = this.text("inactive"); meta.appendChild(inactive); }
    if (partial) { var loose = document.createElement("span"); loose.className = "search-partial"; loose.textContent = this.text("partial"); meta.appendChild(loose); }
    text.className = "search-excerpt";
    excerpt(text, f.x, groups, fold);
    li.appendChild(meta);
    li.appendChild(title);
    li.appendChild(text);
  };

  Page.prototype.remember = function (query, f) {
    var params = new URLSearchParams();
    if (query) params.set("q", query);
    ["type", "year", "region", "tag"].forEach(function (k) { if (f[k]) params.set(k, f[k]); });
    if (f.expired) params.set("expired", "1");
    var search = params.toString(), url = location.pathname + (search ? "?" + search : "");
    if (url !== location.pathname + location.search) history.replaceState(null, "", url);
    // The 简体 / 繁體 switch opens the other edition's search page with the same query and filters.
    var other = document.querySelector("a.edition-switch");
    if (other) other.setAttribute("href", other.getAttribute("href").split("?")[0] + (search ? "?" + search : ""));
  };

  Page.prototype.start = function () {
    var self = this, params = new URLSearchParams(location.search), f = this.form.elements, timer = 0;
    f.q.value = params.get("q") || "";
    ["type", "year", "region", "tag"].forEach(function (k) { f[k].value = params.get(k) || ""; });
    f.expired.checked = params.get("expired") === "1";
    this.form.addEventListener("submit", function (e) { e.preventDefault(); self.run(); });
    // As the reader types, the query's shards are fetched at once, and the search runs once typing
    // pauses for 120 ms: by then its files are usually here. Pinyin being composed in an input
    // method is not searched; the characters it turns into are.
    function typed() {
      clearTimeout(timer);
      self.prepare(f.q.value.trim());
      timer = setTimeout(function () { self.run(); }, 120);
    }
    this.form.addEventListener("input", function (e) { if (e.target === f.q) self.settle(); if (e.target === f.q && !e.isComposing) typed(); });
    this.form.addEventListener("compositionend", function (e) { if (e.target === f.q) typed(); });
    // Filters search at once; the box itself already searched as it was typed in (its change on leaving it is not a new query).
    this.form.addEventListener("change", function (e) { if (e.target !== f.q) self.run(); });
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
    api.analyze = function (text) { return index.loadFold().then(function () { return tokenize(text, index.fold); }); };
  }
  window.QualitySearch = api;
})();
