// Tawsiyat search: Pagefind behind Material's search box, in the page's language, as you type.
//
// - The box is a WAI-ARIA combobox (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/) whose
//   popup is a listbox of results: focus stays in the box, ArrowDown/ArrowUp move through the
//   results and the "more results" option (aria-activedescendant), Enter opens, Escape closes
//   and gives focus back to the box, leaving the dialog (Tab, a click elsewhere) closes it. The
//   count is announced through a status region, in the page's language and digits.
// - Every result is reachable: the list grows with the "more results" option until all are listed.
// - A result opens the page at the paragraph (#p-N) holding the best hit, with the words found
//   highlighted there by Pagefind's highlight script, and its snippet is cut from that paragraph.
//   The build keeps the full report and the parallel view out of the index (hooks/search.py), so
//   each paragraph is found once, on its own page.
// - "22", "٢٢", "الفقرة ٢٢", "para 22", "¶22" put paragraph 22 first (the words come from
//   data/equivalences.yml).
// - What the reader meant, not only what every word matches: each word of the query is searched
//   on its own and the results merged (rank()). The pages that have every word come first, then
//   the pages that have some, by the weight of the words they have (a rarer word, or one in the
//   title, weighs more). Weak words (prepositions, articles: the weak_words of
//   data/equivalences.yml) count little: a page need not have them; a word found nowhere is left
//   out and named. Each result says which of the query's words it matched.
// - The Arabic normalisation rules come from the build (tawsiyat/search_terms.py) in
//   #tw-search-config, so the query is normalised exactly as the indexed search terms were.
(function () {
  "use strict";
  var HIGHLIGHT = "highlight";
  var configEl = document.getElementById("tw-search-config");
  var material = document.getElementById("__config");
  if (!configEl || !material) return;
  var cfg = JSON.parse(configEl.textContent);
  var root = new URL(JSON.parse(material.textContent).base.replace(/\/?$/, "/"), location.href);
  // this language's root, which holds its own Pagefind bundle (hooks/search.py)
  var langRoot = new URL(cfg.base, root);
  var bundle = new URL("pagefind/", langRoot);

  // --- on a page opened from a result: highlight the words found, in the paragraph landed on ----
  if (new URLSearchParams(location.search).has(HIGHLIGHT)) {
    var target = /^#p-\d+$/.test(location.hash) ? document.getElementById(location.hash.slice(1)) : null;
    import(new URL("pagefind-highlight.js", bundle).href).then(function () {
      new window.PagefindHighlight({ highlightParam: HIGHLIGHT, markContext: target || null,
        markOptions: { className: "tw-highlight", exclude: ["[data-pagefind-ignore]", "[data-pagefind-ignore] *", "#tw-search-terms ~ [hidden]"] },
        addStyles: false });
    });
  }

  var input = document.getElementById("tw-search-input");
  if (!input) return;
  var words = cfg.words;
  var rules = cfg.rules;
  var toggle = document.getElementById("__search");
  var dialog = input.closest(".tw-search");
  var output = dialog.querySelector(".md-search__output");
  var list = document.getElementById("tw-search-list");
  var meta = document.getElementById("tw-search-meta");
  var filterBox = document.getElementById("tw-search-filters");
  var opener = document.querySelector(".tw-search-opener");
  var pagefind = null;
  var loading = null;
  var active = {};
  var sequence = 0;
  var plural = new Intl.PluralRules(cfg.lang);
  // A number in the page's digits (cfg.digits: CLDR's, from the build), without grouping. Not
  // Intl.NumberFormat: creating one loads locale data, 40-70 ms of a desktop's main thread.
  function number(n) {
    return String(n).replace(/[0-9]/g, function (d) { return cfg.digits[d]; });
  }
  // Results whose fragments (one request each) are fetched at once, in parallel: a first screen of
  // FIRST_PAGE as the reader types (fewer bytes and requests before the first result), then PAGE_SIZE
  // more each time "more results" is chosen
  var FIRST_PAGE = 5;
  var PAGE_SIZE = 10;
  var state = { results: [], shown: 0, dropped: [], terms: [], asked: [] };
  var current = -1;   // index of the active option, -1: none (focus in the box)

  function load() {
    if (!loading) {
      loading = import(new URL("pagefind.js", bundle).href).then(function (module) {
        pagefind = module;
        // noWorker: one small index needs no web worker, and its script is 41 KB fewer on the first query
        return module.options({ baseUrl: langRoot.pathname, noWorker: true }).then(function () {
          return module.init();
        }).then(function () { return module; });
      });
    }
    return loading;
  }

  // --- Arabic normalisation (the same rules as the indexer) ---------------------------------
  function normalise(word) {
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
  function stripPrefix(word, prefixes) {
    for (var i = 0; i < prefixes.length; i++) {
      var p = prefixes[i];
      if (word.indexOf(p) === 0 && word.length - p.length >= rules.min_stem) return word.slice(p.length);
    }
    return word;
  }
  var ARABIC = /[\u0621-\u064A\u0671]/;
  function queryWord(w) {
    return rules && ARABIC.test(w) ? stripPrefix(normalise(w), rules.query_prefixes) : w;
  }
  function queryText(text) {
    return text.split(/\s+/).filter(Boolean).map(queryWord).join(" ");
  }
  // The forms of one word of a page's text, to find in it the words a query matched
  var EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu;
  function bare(word) { return word.replace(EDGE, ""); }
  function textForms(word) {
    word = bare(word);
    if (!rules || !ARABIC.test(word)) return [word.toLowerCase()];
    var n = normalise(word);
    var single = stripPrefix(n, ["و", "ف"]);
    return [n, stripPrefix(n, rules.index_prefixes), stripPrefix(n, rules.query_prefixes), stripPrefix(single, rules.query_prefixes)];
  }
  function matchForms(text) {
    return text.split(/\s+/).filter(Boolean).map(function (w) {
      w = bare(w);
      return rules && ARABIC.test(w) ? stripPrefix(normalise(w), rules.query_prefixes) : w.toLowerCase();
    }).filter(function (w) { return w.length > 1; });
  }

  // The words of the phrases equivalent to a query word (data/equivalences.yml), so that a page
  // found through its hidden terms shows and highlights the words it really has
  var groups = null;  // made at the first search, not while the page loads
  function withEquivalents(terms) {
    var out = terms.slice();
    if (!groups) groups = (cfg.equivalences || []).map(function (group) { return group.map(matchForms); });
    groups.forEach(function (group) {
      var hit = group.some(function (phrase) { return phrase.every(function (w) { return terms.indexOf(w) !== -1; }); });
      if (hit) group.forEach(function (phrase) { phrase.forEach(function (w) { if (out.indexOf(w) === -1) out.push(w); }); });
    });
    out.lastTyped = terms.length - 1;  // the word being typed matches as a prefix
    return out;
  }

  // The words to mark in a result: the query's words but the weak ones, with their equivalents;
  // the last one typed (when not weak) matches as a prefix
  function highlighted(asked) {
    var strong = asked.filter(function (w) { return !w.weak; });
    var all = withEquivalents(matchForms(strong.map(function (w) { return w.typed; }).join(" ")));
    // not the weak words an equivalent phrase brings ("in" of "trafficking in persons")
    var terms = all.filter(function (t, i) { return i < strong.length || !isWeak(t); });
    terms.lastTyped = asked.length && asked[asked.length - 1].weak ? -1 : all.lastTyped;
    return terms;
  }

  // --- paragraph lookup: "22", "٢٢", "الفقرة ٢٢", "para 22", "¶22" --------------------------------
  function paragraphNumber(text) {
    var t = text.trim().replace(/[٠-٩]/g, function (d) { return String(d.charCodeAt(0) - 0x660); })
      .replace(/[۰-۹]/g, function (d) { return String(d.charCodeAt(0) - 0x6F0); });
    var m = /^(\S*?)\s*(\d{1,5})\.?$/.exec(t);
    if (!m) return null;
    var lead = m[1].toLowerCase();
    if (lead && cfg.paragraph_words.map(function (w) { return w.toLowerCase(); }).indexOf(lead) === -1) return null;
    return m[2].replace(/^0+(?=\d)/, "");
  }

  // --- rendering --------------------------------------------------------------------------
  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  // A count with the noun's form for it (data/words.yml), chosen by CLDR's plural rules
  function countOf(n, noun) {
    var forms = cfg.counts[noun];
    return (forms[plural.select(n)] || forms.other).replace("{n}", number(n));
  }
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, k) { return values[k]; });
  }

  // Where a result lands, and what it shows: the paragraph with the best hit, a snippet from it
  function place(data, terms, lookup, locations) {
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
        var forms = textForms(tokens[i]);
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
    var url = new URL(data.url, location.href);
    highlight.slice(0, 8).forEach(function (w) { url.searchParams.append(HIGHLIGHT, w); });
    if (chosen) url.hash = chosen.id;
    return { url: url.pathname + url.search + url.hash, number: number, excerpt: excerpt };
  }

  function optionHtml(r, i) {
    var title = escapeHtml(r.data.meta.title || r.data.url);
    if (r.place.number) title = escapeHtml(number(Number(r.place.number))) + " — " + title;
    // paragraph numbers collide between meetings: the result names its own (hooks/search.py)
    var meeting = cfg.name_meetings && r.data.filters && r.data.filters.session;
    if (meeting && meeting.length) title += ' <span class="tw-meeting">(' + escapeHtml(meeting[0]) + ")</span>";
    return '<li class="md-search-result__item tw-search-option" role="option" aria-selected="false" id="tw-search-option-' + i + '">' +
      '<a href="' + escapeHtml(r.place.url) + '" class="md-search-result__link" tabindex="-1">' +
      '<article class="md-search-result__article md-typeset"><div class="md-search-result__icon md-icon"></div>' +
      "<h1>" + title + "</h1><p>" + r.place.excerpt + "</p>" + matchedHtml(r) + "</article></a></li>";
  }

  // Which of the query's words a result has, in words (not colour), for a query of several words
  // (a weak word is named only on the pages with every word: it is not searched alone)
  function matchedHtml(r) {
    var asked = state.asked;
    if (!r.matched || asked.length < 2) return "";
    var have = asked.filter(function (w, i) { return r.matched[i]; });
    var lack = asked.filter(function (w, i) { return !r.matched[i] && !w.weak && w.found; });
    var join = function (list) { return escapeHtml(list.map(function (w) { return w.typed; }).join(words.separator)); };
    var text = fill(words.matched, { words: join(have) });
    if (lack.length) text += fill(words.unmatched, { words: join(lack) });
    return '<p class="md-search-result__terms tw-search-matched">' + text + "</p>";
  }

  function moreHtml() {
    var total = state.results.length;
    if (state.shown >= total) return "";
    return '<li class="tw-search-more tw-search-option" role="option" aria-selected="false" id="tw-search-more">' +
      escapeHtml(words.more) + " <small>(" + escapeHtml(fill(words.shown, { shown: number(state.shown), total: number(total) })) +
      ")</small></li>";
  }

  function options() { return list.querySelectorAll('[role="option"]'); }

  function setActive(index) {
    var all = options();
    if (current >= 0 && all[current]) {
      all[current].setAttribute("aria-selected", "false");
      all[current].classList.remove("tw-active");
    }
    current = index < 0 || !all.length ? -1 : Math.min(index, all.length - 1);
    if (current >= 0) {
      var el = all[current];
      el.setAttribute("aria-selected", "true");
      el.classList.add("tw-active");
      input.setAttribute("aria-activedescendant", el.id);
      el.scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function announce(total) {
    var text = total ? countOf(total, "result") : words.none;
    if (total && state.dropped.length) text += " — " + fill(words.without, { words: state.dropped.join(" ") });
    meta.textContent = text;
  }

  // fetch the fragments of results [from, to) in parallel, then show them
  function showMore(mine, focusFirstNew) {
    var from = state.shown;
    var to = Math.min(state.results.length, from + (from ? PAGE_SIZE : FIRST_PAGE));
    return Promise.all(state.results.slice(from, to).map(function (r) {
      return r.data ? Promise.resolve(r) : r.handle.data().then(function (data) {
        r.data = data;
        r.place = place(data, state.terms, r.lookup, r.locations);
        return r;
      });
    })).then(function (done) {
      if (mine !== sequence) return;
      var more = document.getElementById("tw-search-more");
      if (more) more.remove();
      list.insertAdjacentHTML("beforeend", done.map(function (r, k) { return optionHtml(r, from + k); }).join(""));
      state.shown = to;
      list.insertAdjacentHTML("beforeend", moreHtml());
      if (focusFirstNew) setActive(from);
    });
  }

  function hasFilters() {
    return Object.keys(active).some(function (k) { return active[k].length; });
  }

  // --- ranking: every word searched on its own, the results merged ------------------------
  // Pagefind wants every word of a query (an AND). Here each word but the weak ones is searched
  // alone, and:
  // - the pages with every word found come first, by the sum of their Pagefind scores for the
  //   words (BM25: term frequency, the word's rarity, a boost for a title match), plus, for those
  //   that have the weak words too, cfg.weak_weight times their score for the whole query (one
  //   search with every word: its pages are few, where searching a weak word alone, on nearly
  //   every page, would cost time for nothing);
  // - then the pages with some of the words, by the weight of the words they have: each word's
  //   inverse document frequency among the cfg.pages pages of the index (a rare word weighs more),
  //   half as much again when it is in the page's title; equal weights by the sum of scores.
  var TITLE_BONUS = 0.5;
  function rarity(pagesWithWord) {
    var n = Math.max(cfg.pages || 0, pagesWithWord);
    return Math.log(1 + (n - pagesWithWord + 0.5) / (pagesWithWord + 0.5));
  }
  var weakForms = null;  // made at the first search, not while the page loads
  function isWeak(form) {
    if (!weakForms) {
      weakForms = {};
      (cfg.weak_words || []).forEach(function (w) { weakForms[queryWord(w).toLowerCase()] = true; });
    }
    return weakForms[form.toLowerCase()] === true || form.length < 2;
  }
  // The words of a query, once each: as typed (shown), as searched (the normalised form)
  function queryWords(text) {
    var seen = {};
    var out = [];
    text.split(/\s+/).forEach(function (w) {
      var typed = bare(w);
      if (!typed) return;
      var form = queryWord(typed);
      var key = form.toLowerCase();
      if (!form || seen[key]) return;
      seen[key] = true;
      out.push({ typed: typed, form: form, weak: isWeak(form) });
    });
    if (out.every(function (w) { return w.weak; })) out.forEach(function (w) { w.weak = false; });
    return out;
  }
  // One word's search, kept while the reader types the next words (a small cache by word and filters)
  var searched = {};
  var searchedKeys = [];
  function searchWord(pf, form) {
    var key = form + "\u0000" + JSON.stringify(active);
    if (!searched[key]) {
      searched[key] = pf.search(form, { filters: active });
      searchedKeys.push(key);
      if (searchedKeys.length > 24) delete searched[searchedKeys.shift()];
    }
    return searched[key];
  }
  function rank(pf, asked) {
    var strong = asked.filter(function (w) { return !w.weak; });
    var searches = strong.map(function (w) { return searchWord(pf, w.form); });
    if (strong.length < asked.length) searches.push(searchWord(pf, asked.map(function (w) { return w.form; }).join(" ")));
    return Promise.all(searches).then(function (found) {
      if (asked.length === 1) {  // one word: Pagefind's own order, nothing to merge
        asked[0].found = found[0].results.length > 0;
        return { results: found[0].results.map(function (h) { return { handle: h, lookup: null }; }), dropped: [] };
      }
      var whole = strong.length < asked.length ? found.pop() : null;
      var pages = {};
      var order = [];
      found.forEach(function (search, s) {
        var w = strong[s];
        var i = asked.indexOf(w);
        w.found = search.results.length > 0;
        var weight = rarity(search.unfilteredResultCount || search.results.length);
        search.results.forEach(function (h) {
          var p = pages[h.id];
          if (!p) {
            p = pages[h.id] = { handle: h, lookup: null, score: 0, weight: 0, strong: 0, matched: {}, locations: [] };
            order.push(p);
          }
          var inTitle = (h.matchedMetaFields || []).indexOf("title") !== -1;
          p.score += h.score;
          p.weight += weight * (inTitle ? 1 + TITLE_BONUS : 1);
          p.strong += 1;
          p.matched[i] = true;
          p.locations = p.locations.concat(h.words);
        });
      });
      if (whole) {
        whole.results.forEach(function (h) {
          var p = pages[h.id];
          if (!p) return;
          p.score += cfg.weak_weight * h.score;
          asked.forEach(function (w, i) { if (w.weak) p.matched[i] = true; });
        });
      }
      var wanted = strong.filter(function (w) { return w.found; }).length;
      order.forEach(function (p, k) { p.all = p.strong === wanted; p.k = k; });
      order.sort(function (a, b) {
        return (b.all - a.all) || (a.all ? 0 : b.weight - a.weight) || (b.score - a.score) || (a.k - b.k);
      });
      var dropped = strong.filter(function (w) { return !w.found; }).map(function (w) { return w.typed; });
      return { results: order, dropped: dropped };
    });
  }

  // One search at a time: keystrokes that come while one runs (loading index chunks over a slow
  // network, say) only mark the query as changed, and the latest query runs when it ends. Each
  // intermediate query ("ح", "حم", "حما" …) would otherwise fetch chunks of its own, crowding
  // the connection that the reader's real query needs.
  var running = null;
  var again = false;
  function run() {
    ++sequence;  // whatever runs now is out of date
    if (running) { again = true; return running; }
    running = search().then(settled, settled);
    return running;
  }
  function settled() {
    running = null;
    if (!again) return null;
    again = false;
    return run();
  }

  function search() {
    var mine = sequence;
    var text = input.value.trim();
    if (!text && !hasFilters()) {
      list.innerHTML = "";
      setActive(-1);
      meta.textContent = words.start;
      list.removeAttribute("data-query");
      return Promise.resolve();
    }
    var lookup = text ? paragraphNumber(text) : null;
    var query = text ? queryText(text) : null;
    var asked = text && !lookup ? queryWords(text) : [];
    // yield once before searching: keystrokes queued while the page was busy (a slow phone) run
    // first and supersede this query, so only the last of them is searched
    // a one- or two-letter query ("ا", "ال", "t") matches most of the index and would fetch most
    // of it: it waits a moment, and is searched only if the reader stops typing there
    var wait = !lookup && query && query.replace(/\s/g, "").length < 3 ? 250 : 0;
    return load().then(function (pf) {
      return new Promise(function (resolve) { setTimeout(function () { resolve(pf); }, wait); });
    }).then(function (pf) {
      if (mine !== sequence) return null;
      // by number: the paragraph filter, with the word every page has (hooks/search.py), since a
      // search with no word would fetch the whole index
      var byNumber = lookup ? pf.search(cfg.every_page, { filters: Object.assign({}, active, { paragraph: [lookup] }) }) : null;
      // a lookup by number answers with its paragraph first, then pages with every word as typed
      // (a search is started only when needed: one with no words loads the whole index)
      var byWords = query && !lookup ? rank(pf, asked)
        : pf.search(query || cfg.every_page, { filters: active }).then(function (s) {
          return { results: s.results.map(function (h) { return { handle: h, lookup: null }; }), dropped: [] };
        });
      return Promise.all([byWords, byNumber]);
    }).then(function (found) {
      if (!found || mine !== sequence) return null;
      var seen = {};
      var results = [];
      if (found[1]) found[1].results.forEach(function (h) { seen[h.id] = true; results.push({ handle: h, lookup: lookup }); });
      found[0].results.forEach(function (r) { if (!seen[r.handle.id]) results.push(r); });
      state = { results: results, shown: 0, dropped: found[0].dropped, terms: lookup ? [] : highlighted(asked),
                asked: lookup ? [] : asked };
      list.innerHTML = "";
      setActive(-1);
      return showMore(mine, false).then(function () {
        if (mine !== sequence) return;
        announce(results.length);
        list.setAttribute("data-total", String(results.length));
        list.setAttribute("data-query", text);  // what the list shows results for (tests wait on it)
        list.setAttribute("data-filters", JSON.stringify(active));
      });
    });
  }

  // --- opening and closing -----------------------------------------------------------------
  function isOpen() { return toggle.checked; }
  // wide screens show the box in the header; narrow ones only the search button that opens it
  // (known from the ResizeObserver below once it has run: a hidden button has no size)
  var knownWide = null;
  function wide() { return knownWide !== null ? knownWide : !opener || !opener.offsetParent; }
  // the closed panel, and on narrow screens the box parked off-screen, take no focus
  function settle() {
    var open = isOpen();
    output.inert = !open;
    input.tabIndex = open || wide() ? 0 : -1;
    input.setAttribute("aria-expanded", open ? "true" : "false");
  }
  // Put focus in the box after the panel opens, unless the reader has already moved it on (a fast
  // Tab into the panel or out of it must not be pulled back): only from nowhere or from the opener.
  function claimFocus() {
    var here = document.activeElement;
    if (here === input || dialog.contains(here)) return;
    if (here && here !== document.body && here !== toggle && here !== opener) return;
    input.focus();
  }
  function setOpen(open, focusBox) {
    if (toggle.checked !== open) {
      toggle.checked = open;
      toggle.dispatchEvent(new Event("change"));
    }
    settle();
    input.setAttribute("aria-expanded", open ? "true" : "false");
    if (open) {
      load();
      if (focusBox) setTimeout(claimFocus, 50);
    } else {
      setActive(-1);
    }
  }
  function close(returnFocus) {
    var wasWide = wide();
    setOpen(false);
    if (!returnFocus) return;
    if (wasWide) input.focus();
    else if (opener) opener.focus();
  }
  function activate(index) {
    var el = options()[index];
    if (!el) return;
    if (el.id === "tw-search-more") {
      showMore(sequence, true);
    } else {
      location.href = el.querySelector("a").href;
    }
  }

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", "tw-search-list");
  // The panel starts closed. Whether the box takes focus depends on the layout (wide()), known once
  // the page is laid out, and again when the search button shows or hides: a ResizeObserver on the
  // button tells, without forcing a layout while the page loads.
  output.inert = true;
  input.setAttribute("aria-expanded", "false");
  (window.tawsiyatAfterFirstPaint || setTimeout)(function () {  // theme.js
    if (opener && window.ResizeObserver) {
      new ResizeObserver(function (entries) {
        var box = entries[entries.length - 1].contentRect;
        knownWide = !(box.width || box.height);
        settle();
      }).observe(opener);
    } else {
      settle();
      window.addEventListener("resize", settle);
    }
  });
  if (opener) {  // the header's search button (narrow screens)
    opener.addEventListener("click", function () { setOpen(true, true); });
    opener.addEventListener("pointerdown", load);
  }

  input.addEventListener("input", function () {
    if (!isOpen()) setOpen(true);
    run();
  });
  input.addEventListener("focus", load);  // fetch Pagefind while the reader types, not after
  input.addEventListener("click", function () { if (!isOpen()) setOpen(true); });
  input.addEventListener("keydown", function (event) {
    var n = options().length;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!isOpen()) { setOpen(true); return; }
      if (n) setActive(current < 0 ? 0 : Math.min(current + 1, n - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (n) setActive(current <= 0 ? -1 : current - 1);
    } else if (event.key === "Home" && current >= 0) {
      event.preventDefault(); setActive(0);
    } else if (event.key === "End" && current >= 0) {
      event.preventDefault(); setActive(n - 1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (current < 0 && n && input.value.trim()) setActive(0);  // Enter in the box opens the first result
      if (current >= 0) activate(current);
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      if (isOpen()) close(true);
      else { input.value = ""; run(); }
    }
  });
  list.addEventListener("mousedown", function (event) { if (event.target.closest("#tw-search-more")) event.preventDefault(); });
  list.addEventListener("click", function (event) {
    var more = event.target.closest("#tw-search-more");
    if (more) { showMore(sequence, true); input.focus(); }
  });
  // leaving the dialog (Tab, Shift+Tab, a click elsewhere) closes it
  dialog.addEventListener("focusout", function (event) {
    var to = event.relatedTarget;
    if (isOpen() && to && !dialog.contains(to)) setOpen(false);
  });
  toggle.addEventListener("change", function () {
    settle();
    if (toggle.checked) {
      load();
      setTimeout(claimFocus, 50);
    }
  });
  document.addEventListener("keydown", function (event) {
    var el = event.target || {};
    var typing = /input|textarea|select/i.test(el.tagName || "") || el.isContentEditable;
    if (event.key === "Escape" && isOpen()) {
      close(true);
    } else if (!typing && (event.key === "/" || event.key === "s" || event.key === "f") &&
               !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      setOpen(true, true);
    }
  });

  // --- facet filters, labelled in the page's language, built when first opened ---------------
  function buildFilters() {
    load().then(function (pf) { return pf.filters(); }).then(function (available) {
      var box = filterBox.querySelector(".tw-search-filter-list");
      box.innerHTML = "";
      cfg.filters.forEach(function (f) {
        var values = available[f.key];
        if (!values || !Object.keys(values).length) return;
        var label = document.createElement("label");
        label.className = "tw-search-filter";
        var span = document.createElement("span");
        span.textContent = f.label;
        var select = document.createElement("select");
        select.name = f.key;
        select.setAttribute("data-filter", f.key);
        var all = document.createElement("option");
        all.value = "";
        all.textContent = words.all;
        select.appendChild(all);
        Object.keys(values).sort(function (a, b) { return a.localeCompare(b, cfg.lang); }).forEach(function (v) {
          var option = document.createElement("option");
          option.value = v;
          option.textContent = v + " (" + number(values[v]) + ")";
          select.appendChild(option);
        });
        select.addEventListener("change", function () {
          active[f.key] = select.value ? [select.value] : [];
          run();
        });
        label.appendChild(span);
        label.appendChild(select);
        box.appendChild(label);
      });
    });
  }
  filterBox.addEventListener("toggle", function () {
    if (filterBox.open && !filterBox.querySelector("select")) buildFilters();
  });

  window.tawsiyatSearch = { queryText: queryText, run: run, paragraphNumber: paragraphNumber, withEquivalents: withEquivalents,
                            matchForms: matchForms, queryWords: queryWords };
})();
