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
// - What the reader meant, not only what every word matches, and nothing the report does not say:
//   the rules (which page words a query word matches, the ranking, the words found nowhere) are
//   the pure module search-core.js; this file runs Pagefind for each word (rank()), checks what it
//   matched, and shows what the core returns. A word found nowhere is named; with no result, the
//   panel links to the themes, the glossary and the same query on the other language's site.
// - The Arabic normalisation rules come from the build (tawsiyat/search_terms.py) in
//   #tw-search-config, so the query is normalised exactly as the indexed search terms were.
(function () {
  "use strict";
  var HIGHLIGHT = "highlight";
  var QUERY_PARAM = "q";
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
  var downloads = document.getElementById("tw-search-downloads");
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
      loading = busy(import(new URL("pagefind.js", bundle).href).then(function (module) {
        pagefind = module;
        // noWorker: one small index needs no web worker, and its script is 41 KB fewer on the first query
        return module.options({ baseUrl: langRoot.pathname, noWorker: true }).then(function () {
          return module.init();
        }).then(function () {
          // every query asks which pages are indexes (rank): fetch that now, while the reader types
          searchTerm(module, '"' + cfg.index_page + '"');
          return module;
        });
      }));
    }
    return loading;
  }

  // --- query analysis: the pure module (search-core.js) with this page's rules ------------------
  var core = window.TawsiyatSearchCore;
  function queryText(text) { return core.queryText(text, rules); }
  function matchForms(text) { return core.matchForms(text, rules); }

  // The words to mark in a result (core.highlighted), with the equivalence groups as comparable
  // forms, made at the first search, not while the page loads
  var groups = null;
  function highlighted(asked) {
    if (!groups) groups = (cfg.equivalences || []).map(function (group) { return group.map(matchForms); });
    return core.highlighted(asked, groups, weakSet(), rules);
  }

  function paragraphNumber(text) { return core.paragraphNumber(text, cfg.paragraph_words); }

  // --- rendering --------------------------------------------------------------------------
  var escapeHtml = core.escapeHtml;
  // A count with the noun's form for it (data/words.yml), chosen by CLDR's plural rules
  function countOf(n, noun) {
    var forms = cfg.counts[noun];
    return (forms[plural.select(n)] || forms.other).replace("{n}", number(n));
  }
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, k) { return values[k]; });
  }

  // Where a result lands, and what it shows (core.place)
  function place(data, terms, lookup, locations) {
    return core.place(data, terms, lookup, locations, rules, location.href, HIGHLIGHT);
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
  // (a weak word is named only on the pages with every word: it is not searched alone; a strong
  // word is named as lacking whether other pages have it or none does)
  function matchedHtml(r) {
    var asked = state.asked;
    if (!r.matched || asked.length < 2) return "";
    var have = asked.filter(function (w, i) { return r.matched[i]; }).map(function (w) { return w.typed; });
    var lack = core.lacking(asked, r.matched);
    var join = function (list) { return escapeHtml(list.join(words.separator)); };
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

  // The count, and first the words found nowhere, said plainly ("No recommendation mentions …")
  function announce(total) {
    var text = total ? countOf(total, "result") : words.none;
    if (state.dropped.length) {
      var absent = fill(words.absent, { words: state.dropped.join(words.separator) });
      text = total ? absent + " — " + text : absent;
    }
    meta.textContent = text;
  }

  // No result: where to look instead, the themes, the glossary, and the same query on the other
  // language's site (which opens its search box with it: ?q=, below)
  function helpHtml(text) {
    var links = cfg.links;
    var other = new URL(links.other, root);
    other.searchParams.set(QUERY_PARAM, text);
    var item = function (href, label, lang) {
      return '<li><a href="' + escapeHtml(href) + '"' + (lang ? ' hreflang="' + lang + '" lang="' + lang + '"' : "") + ">" +
        escapeHtml(label) + "</a></li>";
    };
    return '<li class="tw-search-help" role="presentation"><ul>' +
      item(new URL(links.themes, root).href, words.browse_themes) +
      item(new URL(links.glossary, root).href, words.browse_glossary) +
      item(other.href, fill(words.other_site, { query: text })) + "</ul></li>";
  }

  // fetch the fragments of results [from, to) in parallel, then show them
  function showMore(mine, focusFirstNew) {
    var from = state.shown;
    var to = Math.min(state.results.length, from + (from ? PAGE_SIZE : FIRST_PAGE));
    return Promise.all(state.results.slice(from, to).map(function (r) {
      return r.data ? Promise.resolve(r) : dataOf(r.handle).then(function (data) {
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
  // The chosen values as Pagefind filters: any of the values of one facet (UNODC or the
  // Secretariat), every facet that has some (issue 28)
  function pagefindFilters(extra) {
    var out = {};
    Object.keys(active).forEach(function (k) { if (active[k].length) out[k] = { any: active[k] }; });
    return Object.assign(out, extra || {});
  }

  // --- ranking: each strong word searched on its own, checked, and the results merged (core.rank) --
  // Pagefind wants every word of a query (an AND), matches a word as the beginning of longer ones,
  // and, for a word it does not know, substitutes the longest indexed word that begins it ("covid"
  // finds "c"). So each strong word is searched twice: as is (its stem and the longer words it
  // begins) and quoted (the indexed word itself, Pagefind's exact search). A page found by the
  // quoted search has the word (or another form of it); the longer words count only for the word
  // being typed. When the quoted search finds nothing, the words Pagefind matched are read in the
  // first result (one fragment, usually the one shown first anyway): another form, a one-letter
  // typo or, for the word being typed, its beginning are kept (core.acceptToken); a fragment is
  // not, and the word is named as found nowhere. The weak words are searched only with the others
  // (one search with every word), for a small bonus: alone they would match nearly every page.
  var weakForms = null;  // made at the first search, not while the page loads
  function weakSet() {
    if (!weakForms) weakForms = core.weakSet(cfg.weak_words, rules);
    return weakForms;
  }
  function queryWords(text) { return core.queryWords(text, weakSet(), rules); }
  // One search, kept while the reader types the next words (a small cache by words and filters)
  var searched = {};
  var searchedKeys = [];
  function searchTerm(pf, term) {
    var key = term + "\u0000" + JSON.stringify(active);
    if (!searched[key]) {
      searched[key] = busy(pf.search(term, { filters: pagefindFilters() }));
      searchedKeys.push(key);
      if (searchedKeys.length > 48) delete searched[searchedKeys.shift()];
    }
    return searched[key];
  }
  // a result's fragment, fetched once (the same result object comes from the cached search)
  function dataOf(handle) {
    if (!handle.tawsiyatData) handle.tawsiyatData = handle.data();
    return handle.tawsiyatData;
  }
  function hitsOf(list, only) {
    return list.filter(function (h) { return !only || only[h.id]; }).map(function (h) {
      return { id: h.id, handle: h, score: h.score, exact: !!(only && only[h.id]),
               title: (h.matchedMetaFields || []).indexOf("title") !== -1 };
    });
  }
  // Whether the words a result matched, read in its fragment, are the query word (core.acceptToken).
  // A query already superseded by the reader's next key fetches nothing: its answer will not be
  // shown, and on a slow network the fetch would hold up the query typed since.
  function accepted(handle, form, prefix, mine) {
    if (mine !== sequence) return Promise.resolve(false);
    return dataOf(handle).then(function (data) {
      var tokens = (data.content || "").split(/[\r\n\s]+/g);
      return handle.words.some(function (l) { return tokens[l] && core.acceptToken(form, tokens[l], prefix, rules); });
    });
  }
  var RARE_EXACT = 4;
  function wordOutcome(pf, w, mine) {
    var prefix = w.last && w.form.length >= core.MIN_PREFIX;
    return Promise.all([searchTerm(pf, w.form), searchTerm(pf, '"' + w.form + '"')]).then(function (two) {
      var loose = two[0];
      var exact = two[1];
      if (exact.results.length) {
        var ids = {};
        exact.results.forEach(function (h) { ids[h.id] = true; });
        var pages = hitsOf(loose.results, ids);
        var others = hitsOf(loose.results.filter(function (h) { return !ids[h.id]; }), null);
        if (prefix) {  // the longer words it begins, after the pages that have the word itself
          return { pages: pages.concat(others), count: loose.unfilteredResultCount };
        }
        var result = { pages: pages, count: exact.unfilteredResultCount };
        // few pages have the word, many its beginning: a typo whose stem is another word (trafficing:
        // traffic) may be meant for the longer ones; they count if the first of them has a form of it
        if (!others.length || pages.length * RARE_EXACT >= loose.results.length) return result;
        return accepted(others[0].handle, w.form, false, mine).then(function (ok) {
          if (ok) result.pages = pages.concat(others);
          return result;
        });
      }
      if (!loose.results.length) return { pages: [], count: 0 };
      return accepted(loose.results[0], w.form, prefix, mine).then(function (real) {
        return real ? { pages: hitsOf(loose.results, null), count: loose.unfilteredResultCount } : { pages: [], count: 0 };
      });
    });
  }
  // A word found nowhere may be a typo: the site's vocabulary (fetched the first time one is
  // needed, never for a query whose words are all found) names the word one letter away, which is
  // searched instead
  var vocabulary = null;
  function loadVocabulary() {
    if (!vocabulary) {
      vocabulary = fetch(new URL(cfg.vocabulary, root).href).then(function (r) { return r.ok ? r.json() : {}; })
        .catch(function () { vocabulary = null; return {}; });
    }
    return vocabulary;
  }
  function wordOrTypo(pf, w, mine) {
    return wordOutcome(pf, w, mine).then(function (outcome) {
      if (outcome.pages.length || w.form.length < core.MIN_TYPO || mine !== sequence) return outcome;
      return loadVocabulary().then(function (words) {
        var meant = core.correct(w.form, words, core.typoPages(cfg.pages));
        if (!meant) return outcome;
        return wordOutcome(pf, { typed: w.typed, form: meant, weak: false, last: false }, mine).then(function (o) {
          o.pages.forEach(function (h) { h.exact = false; });
          if (o.pages.length) w.meant = meant;
          return o;
        });
      });
    });
  }
  function rank(pf, asked, mine) {
    var strong = asked.filter(function (w) { return !w.weak; });
    var searches = strong.map(function (w) { return wordOrTypo(pf, w, mine); });
    var weak = strong.length && strong.length < asked.length;
    // the pages that hold no paragraph (hooks/search.py gives them cfg.index_page): one exact
    // search, kept for the visit
    searches.push(searchTerm(pf, '"' + cfg.index_page + '"'));
    if (weak) searches.push(searchTerm(pf, asked.map(function (w) { return w.form; }).join(" ")));
    return Promise.all(searches).then(function (found) {
      var whole = weak ? found.pop().results : [];
      var index = {};
      found.pop().results.forEach(function (h) { index[h.id] = true; });
      var handles = {};
      found.forEach(function (outcome) {
        outcome.pages.forEach(function (h) {
          var known = handles[h.id];
          if (!known) known = handles[h.id] = { handle: h.handle, locations: [] };
          known.locations = known.locations.concat(h.handle.words);
        });
      });
      var ranked = core.rank(asked, found, { pages: cfg.pages, whole: whole, weakWeight: cfg.weak_weight, index: index });
      strong.forEach(function (w) { w.found = ranked.missing.indexOf(w.typed) === -1; });
      return {
        results: ranked.results.map(function (r) {
          return { handle: handles[r.id].handle, locations: handles[r.id].locations, lookup: null, matched: r.matched };
        }),
        dropped: ranked.missing
      };
    });
  }

  // One search at a time while Pagefind works: keystrokes that come while it loads or searches
  // (fetching index chunks over a slow network, say) only mark the query as changed, and the latest
  // query starts when Pagefind is idle. Each intermediate query ("ح", "حم", "حما" …) would
  // otherwise fetch chunks of its own, crowding the connection that the reader's real query needs.
  // A search that only waits for fragments (to check a word, to show its results) does not hold
  // the next one up: its answer is out of date and is not shown (sequence), and it fetches no more.
  var inFlight = 0;
  var again = false;
  function busy(promise) {
    inFlight++;
    promise.then(idle, idle);
    return promise;
  }
  function idle() {
    inFlight--;
    if (!inFlight && again) {
      again = false;
      search();
    }
  }
  function run() {
    ++sequence;  // whatever runs now is out of date
    if (inFlight) { again = true; return null; }
    return search();
  }

  function search() {
    var mine = sequence;
    var text = input.value.trim();
    if (!text && !hasFilters()) {
      list.innerHTML = "";
      setActive(-1);
      meta.textContent = words.start;
      list.removeAttribute("data-query");
      if (downloads) downloads.hidden = true;
      return Promise.resolve();
    }
    var lookup = text ? paragraphNumber(text) : null;
    var query = text ? queryText(text) : null;
    // the last word is the one being typed unless a space follows it (it may then match as a beginning)
    var asked = text && !lookup ? queryWords(input.value.replace(/^\s+/, "")) : [];
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
      var byNumber = lookup ? busy(pf.search(cfg.every_page, { filters: pagefindFilters({ paragraph: [lookup] }) })) : null;
      // a lookup by number answers with its paragraph first, then pages with every word as typed
      // (a search is started only when needed: one with no words loads the whole index)
      var byWords = query && !lookup ? rank(pf, asked, mine)
        : busy(pf.search(query || cfg.every_page, { filters: pagefindFilters() })).then(function (s) {
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
        if (!results.length && text) list.insertAdjacentHTML("beforeend", helpHtml(text));
        announce(results.length);
        if (downloads) downloads.hidden = !results.length;
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
      // focus the box at once, so that the next key typed goes into it; where the box cannot take
      // focus yet (still hidden while the panel opens), the letters typed meanwhile are kept
      input.focus();
      catching = document.activeElement !== input;
    }
  });
  // Keys typed after "/" before the box has focus: put into the box, not lost ("/demand" must not
  // search "emand")
  var catching = false;
  document.addEventListener("keydown", function (event) {
    if (!catching) return;
    if (document.activeElement === input || !isOpen()) { catching = false; return; }
    if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    input.focus();
    input.value += event.key;
    catching = document.activeElement !== input;
    run();
  }, true);
  input.addEventListener("focus", function () { catching = false; });

  // A search given in the address (?q=…, the link "the same query in the other language"): the box
  // opens with it
  var asked0 = new URLSearchParams(location.search).get(QUERY_PARAM);
  if (asked0) {
    input.value = asked0;
    (window.tawsiyatAfterFirstPaint || setTimeout)(function () { setOpen(true, true); run(); });
  }

  // --- facet filters, labelled in the page's language, built when first opened ---------------
  // Each facet a group of checkboxes: several values of one facet at once (UNODC and the
  // Secretariat: any of them), several facets narrowing together (issue 28)
  function buildFilters() {
    load().then(function (pf) { return pf.filters(); }).then(function (available) {
      var box = filterBox.querySelector(".tw-search-filter-list");
      box.innerHTML = "";
      cfg.filters.forEach(function (f) {
        var values = available[f.key];
        if (!values || !Object.keys(values).length) return;
        var group = document.createElement("fieldset");
        group.className = "tw-search-filter";
        var legend = document.createElement("legend");
        legend.textContent = f.label;
        group.appendChild(legend);
        Object.keys(values).sort(function (a, b) { return a.localeCompare(b, cfg.lang); }).forEach(function (v) {
          var label = document.createElement("label");
          var box = document.createElement("input");
          box.type = "checkbox";
          box.name = f.key;
          box.value = v;
          box.setAttribute("data-filter", f.key);
          box.addEventListener("change", function () {
            active[f.key] = Array.prototype.filter.call(group.querySelectorAll("input:checked"), function () { return true; })
              .map(function (el) { return el.value; });
            run();
          });
          label.appendChild(box);
          label.appendChild(document.createTextNode(" " + v + " (" + number(values[v]) + ")"));
          group.appendChild(label);
        });
        box.appendChild(group);
      });
    });
  }
  filterBox.addEventListener("toggle", function () {
    if (filterBox.open && !filterBox.querySelector("fieldset")) buildFilters();
  });

  // --- the listed recommendations as data (issue 28): CSV or JSON, the columns of the site's own
  // downloads (/data/recommendations.json, written by tawsiyat/exports.py), in the order shown ---
  function download(format) {
    var results = state.results.slice();
    var records = fetch(new URL(cfg.downloads.json, root).href).then(function (r) { return r.json(); });
    return Promise.all([records].concat(results.map(function (r) { return dataOf(r.handle); }))).then(function (all) {
      var byPath = {};
      all[0].recommendations.forEach(function (rec) {
        byPath[new URL(rec["url_" + cfg.lang]).pathname] = rec;
      });
      var chosen = [];
      all.slice(1).forEach(function (data) {
        var rec = byPath[new URL(data.url, location.href).pathname];
        if (rec && chosen.indexOf(rec) === -1) chosen.push(rec);
      });
      var text = format === "csv" ? core.toCsv(chosen, Object.keys(all[0].recommendations[0] || {}))
        : JSON.stringify({ count: chosen.length, recommendations: chosen }, null, 2) + "\n";
      var link = document.createElement("a");
      link.href = URL.createObjectURL(new Blob([text], { type: format === "csv" ? "text/csv;charset=utf-8" : "application/json" }));
      link.download = cfg.downloads.name + "." + format;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
      return chosen.length;
    });
  }
  if (downloads) {
    downloads.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-format]");
      if (button) download(button.getAttribute("data-format"));
    });
  }

  window.tawsiyatSearch = { queryText: queryText, run: run, paragraphNumber: paragraphNumber, matchForms: matchForms,
                            queryWords: queryWords };
})();
