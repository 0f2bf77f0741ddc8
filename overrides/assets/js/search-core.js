// Tawsiyat search, the pure part: query analysis, which page words a query word may match,
// ranking, and where a result lands with what it shows (place). No DOM, no Pagefind, no network: every function takes plain data and returns plain
// data, so tests/browser/test_search_core.py calls them directly with fixed tables. The search box
// (search.js) is a thin layer over this: it runs Pagefind, hands the outcome of each word's search
// to rank(), and shows what rank() returns.
//
// The rules (issue 27):
// - A query word matches a word of a page when it is that word, another form of it (Pagefind's
//   stem, or the same word with another ending), a listed equivalent (the build adds those to the
//   page's hidden terms), a one-letter typo of a word of four letters or more, or, only while it is
//   the word still being typed (the last, of three letters or more), its beginning. Never a
//   fragment: Pagefind substitutes the longest indexed word that begins a word it does not know
//   ("covid" finds "c"); acceptToken() refuses those.
// - Weak words (data/equivalences.yml) count little and never make a result on their own.
// - A strong word found nowhere is named ("No recommendation mentions …"); the pages that have the
//   other strong words may follow, each saying what it lacks.
(function (root, factory) {
  var core = factory();
  if (typeof module === "object" && module.exports) module.exports = core;
  else root.TawsiyatSearchCore = core;
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var ARABIC = /[\u0621-\u064A\u0671]/;
  var EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu;
  // the shortest typed word that may match as a beginning, and the shortest that tolerates a typo
  var MIN_PREFIX = 3;
  var MIN_TYPO = 4;
  // the fewest pages a word must be on to be taken for the one a typo meant: the square root of
  // the pages of the index, and at least this
  var MIN_TYPO_PAGES = 3;
  function typoPages(pages) { return Math.max(MIN_TYPO_PAGES, Math.round(Math.sqrt(pages || 0))); }

  // --- Arabic normalisation (the same rules as the indexer: tawsiyat/search_terms.py) -----------
  function normalise(word, rules) {
    var out = "";
    word = word.normalize("NFC");
    for (var i = 0; i < word.length; i++) {
      var c = word[i];
      if (rules.strip.indexOf(c) !== -1) continue;
      out += rules.fold[c] || c;
    }
    rules.replace.forEach(function (pair) { out = out.split(pair[0]).join(pair[1]); });
    var last = out.slice(-1);
    if (rules.final[last]) out = out.slice(0, -1) + rules.final[last];
    return out;
  }
  function stripPrefix(word, prefixes, rules) {
    for (var i = 0; i < prefixes.length; i++) {
      var p = prefixes[i];
      if (word.indexOf(p) === 0 && word.length - p.length >= rules.min_stem) return word.slice(p.length);
    }
    return word;
  }
  function bare(word) { return word.replace(EDGE, ""); }
  // What the search box sends for one typed word
  function queryWord(w, rules) {
    return rules && ARABIC.test(w) ? stripPrefix(normalise(w, rules), rules.query_prefixes, rules) : w;
  }
  function queryText(text, rules) {
    return text.split(/\s+/).filter(Boolean).map(function (w) { return queryWord(w, rules); }).join(" ");
  }
  // The forms under which one word of a page's text is compared with a query word
  function textForms(word, rules) {
    word = bare(word);
    if (!rules || !ARABIC.test(word)) return [word.toLowerCase()];
    var n = normalise(word, rules);
    var single = stripPrefix(n, ["و", "ف"], rules);
    return [n, stripPrefix(n, rules.index_prefixes, rules), stripPrefix(n, rules.query_prefixes, rules),
            stripPrefix(single, rules.query_prefixes, rules)];
  }
  // The comparable form of each word of a text (a query, a phrase)
  function matchForms(text, rules) {
    return text.split(/\s+/).filter(Boolean).map(function (w) {
      w = bare(w);
      return rules && ARABIC.test(w) ? stripPrefix(normalise(w, rules), rules.query_prefixes, rules) : w.toLowerCase();
    }).filter(function (w) { return w.length > 1; });
  }

  // --- the words of a query ------------------------------------------------------------------
  // weak: a set of the comparable forms of the weak words (weakSet()). Each word once: as typed
  // (shown), as searched (form), whether weak, whether it is the last (the word being typed: the
  // text does not end with a space).
  function weakSet(list, rules) {
    var out = {};
    (list || []).forEach(function (w) { out[queryWord(w, rules).toLowerCase()] = true; });
    return out;
  }
  function isWeak(form, weak) {
    return weak[form.toLowerCase()] === true || form.length < 2;
  }
  function queryWords(text, weak, rules) {
    var seen = {};
    var out = [];
    text.split(/\s+/).forEach(function (w) {
      var typed = bare(w);
      if (!typed) return;
      var form = queryWord(typed, rules);
      var key = form.toLowerCase();
      if (!form || seen[key]) return;
      seen[key] = true;
      out.push({ typed: typed, form: form, weak: isWeak(form, weak), last: false });
    });
    if (out.length && !/\s$/.test(text)) out[out.length - 1].last = true;
    return out;
  }

  // --- paragraph lookup: "22", "٢٢", "الفقرة ٢٢", "para 22", "¶22" --------------------------------
  // words: the words put before a number, in both languages (a reader on the Arabic site may
  // type "para 33", one on the English site «الفقرة ٣٣»)
  function paragraphNumber(text, words) {
    var t = text.trim().replace(/[٠-٩]/g, function (d) { return String(d.charCodeAt(0) - 0x660); })
      .replace(/[۰-۹]/g, function (d) { return String(d.charCodeAt(0) - 0x6F0); });
    var m = /^(\S*?)\s*(\d{1,5})\.?$/.exec(t);
    if (!m) return null;
    var lead = m[1].toLowerCase();
    if (lead && words.map(function (w) { return w.toLowerCase(); }).indexOf(lead) === -1) return null;
    return m[2].replace(/^0+(?=\d)/, "");
  }

  // --- which page words a query word matches ------------------------------------------------
  function commonPrefix(a, b) {
    var n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  }
  // At most one edit (a letter changed, added, removed, or two neighbours swapped) between a and b
  function oneEdit(a, b) {
    if (a === b) return true;
    if (Math.abs(a.length - b.length) > 1) return false;
    var i = commonPrefix(a, b);
    var ra = a.slice(i);
    var rb = b.slice(i);
    if (ra.length === rb.length) {
      if (ra.slice(1) === rb.slice(1)) return true;
      return ra.length >= 2 && ra[0] === rb[1] && ra[1] === rb[0] && ra.slice(2) === rb.slice(2);
    }
    return ra.length > rb.length ? ra.slice(1) === rb : rb.slice(1) === ra;
  }
  // Does the query word q (its comparable form) match the page word whose forms are `forms`?
  // prefix: q is the word being typed, so it may match as a beginning.
  // Another form of the word: both share all of q but its last three letters (and at least four),
  // and the page word is at most one letter shorter than q and two longer (victim/victims,
  // trafficked/trafficking) — a page word much shorter than q is a fragment (c for covid, عمل for
  // العملات), one much longer another word (organization for organ).
  function acceptForm(q, f, prefix) {
    if (!f) return false;
    if (f === q) return true;
    if (prefix && q.length >= MIN_PREFIX && f.indexOf(q) === 0) return true;
    var cp = commonPrefix(q, f);
    if (cp >= 4 && cp >= q.length - 3 && f.length >= q.length - 1 && f.length <= q.length + 2) return true;
    return q.length >= MIN_TYPO && oneEdit(q, f);
  }
  function acceptToken(q, token, prefix, rules) {
    q = q.toLowerCase();
    return textForms(token, rules).some(function (f) { return acceptForm(q, f, prefix); });
  }

  // A one-letter typo (الاتجر, trafficing): the word of the site's vocabulary ({word: pages}, the
  // build's search-words.json) one edit away from the query word q (its comparable form), the one
  // on the most pages; null when none, or when q is too short to tell a typo from another word.
  // Only a common word is taken for meant (on at least minPages pages: a typo of a word the site
  // uses often is likely, and among rare words one letter often makes another word: عملات is not
  // عمليات), and not by a change of the first letter (ذكاء is not إذكاء, عملات not حملات).
  function correct(q, vocabulary, minPages) {
    q = q.toLowerCase();
    if (q.length < MIN_TYPO || !vocabulary) return null;
    var best = null;
    Object.keys(vocabulary).forEach(function (v) {
      if (v === q || Math.abs(v.length - q.length) > 1 || v[0] !== q[0] || !oneEdit(q, v)) return;
      if (vocabulary[v] < (minPages || 1)) return;
      if (!best || vocabulary[v] > vocabulary[best] || (vocabulary[v] === vocabulary[best] && v < best)) best = v;
    });
    return best;
  }

  // --- ranking ---------------------------------------------------------------------------------
  // rank(asked, outcomes, options):
  //   asked: queryWords(); outcomes: for each strong (not weak) word, in order, what its search
  //   found once checked: { pages: [{id, score, title: bool, exact: bool}], count: pages with the
  //   word in the whole index }; pages that matched on a fragment are left out by the caller.
  //   options: { pages: how many pages the index holds, whole: [{id, score}] the search with every
  //   word (weak ones included), weakWeight, titleBonus, index: {id: true} the pages that hold no
  //   paragraph (indexes of themes, sections …) }.
  // Returns { results: [{id, matched: {i: true}, all, exact, score, weight}], missing: [typed] }:
  //   the pages with every strong word found first (more exact matches, then the summed score, the
  //   weak words' bonus included), then the pages with some (by the rarity of the words they have,
  //   more for a title match); the strong words found nowhere are `missing`. No strong word found:
  //   no result, whatever the weak words match. Index pages do not crowd the paragraphs out: in
  //   each of the two groups they come after the paragraph pages, except that one whose title
  //   has a word of the query (the theme named) comes after the first INDEX_AFTER of them.
  var TITLE_BONUS = 0.5;
  var INDEX_AFTER = 3;
  function rarity(total, pagesWithWord) {
    var n = Math.max(total || 0, pagesWithWord);
    return Math.log(1 + (n - pagesWithWord + 0.5) / (pagesWithWord + 0.5));
  }
  function strongWords(asked) {
    var strong = asked.filter(function (w) { return !w.weak; });
    return strong;
  }
  function rank(asked, outcomes, options) {
    options = options || {};
    var strong = strongWords(asked);
    var pages = {};
    var order = [];
    var missing = [];
    strong.forEach(function (w, s) {
      var outcome = outcomes[s] || { pages: [], count: 0 };
      var i = asked.indexOf(w);
      if (!outcome.pages.length) { missing.push(w.typed); return; }
      var weight = rarity(options.pages, outcome.count || outcome.pages.length);
      outcome.pages.forEach(function (h) {
        var p = pages[h.id];
        if (!p) {
          p = pages[h.id] = { id: h.id, score: 0, weight: 0, strong: 0, exact: 0, matched: {} };
          order.push(p);
        }
        p.score += h.score;
        p.weight += weight * (h.title ? 1 + (options.titleBonus === undefined ? TITLE_BONUS : options.titleBonus) : 1);
        p.strong += 1;
        if (h.exact) p.exact += 1;
        if (h.title) p.title = true;
        p.matched[i] = true;
      });
    });
    (options.whole || []).forEach(function (h) {
      var p = pages[h.id];
      if (!p) return;
      p.score += (options.weakWeight || 0) * h.score;
      asked.forEach(function (w, i) { if (w.weak) p.matched[i] = true; });
    });
    var wanted = strong.length - missing.length;
    order.forEach(function (p, k) { p.all = p.strong === wanted; p.k = k; });
    order.sort(function (a, b) {
      return (b.all - a.all) || (a.all ? b.exact - a.exact : b.weight - a.weight) ||
        (b.score - a.score) || (a.k - b.k);
    });
    var index = options.index || {};
    var placed = [];
    [true, false].forEach(function (all) {
      var group = order.filter(function (p) { return p.all === all; });
      var paras = group.filter(function (p) { return !index[p.id]; });
      var named = group.filter(function (p) { return index[p.id] && p.title; }).slice(0, 1);
      var rest = group.filter(function (p) { return index[p.id] && named.indexOf(p) === -1; });
      placed = placed.concat(paras.slice(0, INDEX_AFTER), named, paras.slice(INDEX_AFTER), rest);
    });
    order = placed;
    return { results: order.map(function (p) {
      return { id: p.id, matched: p.matched, all: p.all, exact: p.exact, score: p.score, weight: p.weight };
    }), missing: missing };
  }

  // Which of the query's words a result lacks, to say so under it: the strong words it does not
  // have, found elsewhere or nowhere
  function lacking(asked, matched) {
    return asked.filter(function (w, i) { return !w.weak && !matched[i]; }).map(function (w) { return w.typed; });
  }

  // --- the words to mark in a result -------------------------------------------------------------
  // The words of the phrases equivalent to the query's words (groups: data/equivalences.yml, each
  // phrase as matchForms()), so that a page found through its hidden terms shows and highlights
  // the words it really has
  function withEquivalents(terms, groups) {
    var out = terms.slice();
    groups.forEach(function (group) {
      var hit = group.some(function (phrase) { return phrase.every(function (w) { return terms.indexOf(w) !== -1; }); });
      if (hit) group.forEach(function (phrase) { phrase.forEach(function (w) { if (out.indexOf(w) === -1) out.push(w); }); });
    });
    out.lastTyped = terms.length - 1;  // the word being typed matches as a prefix
    return out;
  }
  // The query's words but the weak ones (the word a typo meant instead of the typo), with their
  // equivalents; the last one typed (when not weak) matches as a prefix
  function highlighted(asked, groups, weak, rules) {
    var strong = asked.filter(function (w) { return !w.weak; });
    var all = withEquivalents(matchForms(strong.map(function (w) { return w.meant || w.typed; }).join(" "), rules), groups);
    // not the weak words an equivalent phrase brings ("in" of "trafficking in persons")
    var terms = all.filter(function (t, i) { return i < strong.length || !isWeak(t, weak); });
    terms.lastTyped = asked.length && asked[asked.length - 1].weak ? -1 : all.lastTyped;
    return terms;
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  // --- where a result lands, and what it shows --------------------------------------------------
  // place(data, terms, lookup, locations, rules, pageUrl, highlightParam): from a result's fragment
  // (Pagefind's data(): content, anchors, url), the paragraph (#p-N) with the best hit — the one
  // asked for by number (lookup), else the one with the most different query words, then the most
  // hits — and a snippet cut from it with the hits marked; the URL opens the page there with the
  // words found to highlight (highlightParam). terms: highlighted().
  function place(data, terms, lookup, locations, rules, pageUrl, highlightParam) {
    var content = data.content || "";
    var tokens = content.split(/[\r\n\s]+/g);
    var anchors = data.anchors || [];
    var end = tokens.length;
    var paras = [];
    anchors.forEach(function (a) {
      if (a.id === "tw-search-terms") end = Math.min(end, a.location);
      else if (/^p-\d+$/.test(a.id)) paras.push(a);
    });
    paras.sort(function (a, b) { return a.location - b.location; });
    function paraAt(loc) {
      var found = null;
      for (var i = 0; i < paras.length && paras[i].location <= loc; i++) found = paras[i];
      return found;
    }
    // hits: Pagefind's own word positions in the visible text, and the words that match a query
    // word once normalised (a hit through the hidden search terms has no visible position)
    var hits = {};
    (locations || data.locations || []).forEach(function (l) { if (l < end) hits[l] = true; });
    // the word being typed (the last) matches as a prefix, like Pagefind; the others as a prefix
    // only when long enough to say something ("of" must not mark "offence")
    function matches(f, t, k) {
      return f === t || (f && f.indexOf(t) === 0 && (k === terms.lastTyped || t.length >= 4));
    }
    if (terms.length) {
      for (var i = 0; i < end; i++) {
        var forms = textForms(tokens[i], rules);
        for (var t = 0; t < terms.length; t++) {
          if (forms.some(function (f) { return matches(f, terms[t], t); })) { hits[i] = terms[t]; break; }
        }
      }
    }
    var positions = Object.keys(hits).map(Number).sort(function (a, b) { return a - b; });
    var chosen = null;
    if (lookup) {
      paras.forEach(function (p) { if (p.id === "p-" + lookup) chosen = p; });
    }
    if (!chosen && positions.length) {  // the paragraph with the most different query words, then the most hits
      var score = {};
      positions.forEach(function (pos) {
        var p = paraAt(pos);
        var key = p ? p.id : "";
        score[key] = score[key] || { para: p, words: {}, n: 0, first: pos };
        score[key].words[hits[pos]] = true;
        score[key].n += 1;
      });
      var best = null;
      Object.keys(score).forEach(function (k) {
        var s = score[k];
        s.w = Object.keys(s.words).length;
        if (!best || s.w > best.w || (s.w === best.w && s.n > best.n)) best = s;
      });
      chosen = best.para;
    }
    if (!chosen && paras.length === 1) chosen = paras[0];  // a recommendation: its one paragraph
    var start = chosen ? chosen.location : 0;
    var stop = end;
    if (chosen) {
      var next = paras.filter(function (p) { return p.location > chosen.location; })[0];
      if (next) stop = Math.min(stop, next.location);
    }
    var inside = positions.filter(function (p) { return p >= start && p < stop; });
    var excerpt;
    var highlight = [];
    if (inside.length || chosen) {
      var LEN = 30;
      var from = inside.length ? Math.max(start, inside[0] - 8) : start;
      var to = Math.min(stop, from + LEN);
      from = Math.max(start, Math.min(from, to - LEN));
      var marked = {};
      inside.forEach(function (p) { marked[p] = true; });
      excerpt = (from > start ? "… " : "") + tokens.slice(from, to).map(function (w, k) {
        return marked[from + k] ? "<mark>" + escapeHtml(w) + "</mark>" : escapeHtml(w);
      }).join(" ") + (to < stop ? " …" : "");
      inside.forEach(function (p) {
        var w = bare(tokens[p]);
        if (w && highlight.indexOf(w) === -1) highlight.push(w);
      });
    } else {
      excerpt = escapeHtml(tokens.slice(0, Math.min(end, 30)).join(" ") + (end > 30 ? " …" : ""));
    }
    var number = chosen ? chosen.id.slice(2) : null;
    var url = new URL(data.url, pageUrl);
    highlight.slice(0, 8).forEach(function (w) { url.searchParams.append(highlightParam, w); });
    if (chosen) url.hash = chosen.id;
    return { url: url.pathname + url.search + url.hash, number: number, excerpt: excerpt };
  }

  // --- the listed recommendations as CSV, as tawsiyat/exports.py writes the site's own: a byte
  // order mark, the fields in its order, a list joined with ";", no value as empty, a field quoted
  // (quotes doubled) when it holds a comma, a quote or a line break, lines ended by CRLF ----------
  function toCsv(records, fields) {
    function cell(v) {
      if (v === null || v === undefined) v = "";
      else if (Array.isArray(v)) v = v.join(";");
      v = String(v);
      return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
    }
    var lines = [fields.map(cell).join(",")];
    records.forEach(function (r) { lines.push(fields.map(function (f) { return cell(r[f]); }).join(",")); });
    return "\ufeff" + lines.join("\r\n") + "\r\n";
  }

  return {
    toCsv: toCsv,
    place: place, highlighted: highlighted, withEquivalents: withEquivalents, escapeHtml: escapeHtml,
    normalise: normalise, stripPrefix: stripPrefix, bare: bare, queryWord: queryWord, queryText: queryText,
    textForms: textForms, matchForms: matchForms, weakSet: weakSet, queryWords: queryWords,
    paragraphNumber: paragraphNumber, oneEdit: oneEdit, correct: correct, acceptForm: acceptForm, acceptToken: acceptToken,
    rank: rank, lacking: lacking, rarity: rarity, MIN_PREFIX: MIN_PREFIX, MIN_TYPO: MIN_TYPO, typoPages: typoPages
  };
});
