// Tawsiyat search: Pagefind behind Material's search box, in the page's language, as you type.
// The Arabic normalisation rules come from the build (tawsiyat/search_terms.py) in
// #tw-search-config, so the query is normalised exactly as the indexed search terms were.
(function () {
  "use strict";
  var configEl = document.getElementById("tw-search-config");
  var input = document.getElementById("tw-search-input");
  if (!configEl || !input) return;
  var cfg = JSON.parse(configEl.textContent);
  var words = cfg.words;
  var rules = cfg.rules;
  var toggle = document.getElementById("__search");
  var list = document.getElementById("tw-search-list");
  var meta = document.getElementById("tw-search-meta");
  var filterBox = document.getElementById("tw-search-filters");
  var material = JSON.parse(document.getElementById("__config").textContent);
  var root = new URL(material.base.replace(/\/?$/, "/"), location.href);
  var pagefind = null;
  var loading = null;
  var active = {};
  var sequence = 0;
  var plural = new Intl.PluralRules(cfg.lang);
  var digits = new Intl.NumberFormat(cfg.lang === "ar" ? "ar-u-nu-arab" : cfg.lang);
  var PAGE_SIZE = 8;  // results whose fragments are fetched at once: each is one small request

  function load() {
    if (!loading) {
      loading = import(new URL("pagefind/pagefind.js", root).href).then(function (module) {
        pagefind = module;
        // noWorker: one small index needs no web worker, and its script is 41 KB fewer on the first query
        return module.options({ baseUrl: root.pathname, noWorker: true }).then(function () {
          module.init();
          return module;
        });
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
  function queryText(text) {
    if (!rules) return text;
    return text.split(/\s+/).filter(Boolean).map(function (w) {
      return /[\u0621-\u064A\u0671]/.test(w) ? stripPrefix(normalise(w), rules.query_prefixes) : w;
    }).join(" ");
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
    return (forms[plural.select(n)] || forms.other).replace("{n}", digits.format(n));
  }

  function render(results, total) {
    list.innerHTML = results.map(function (r) {
      var summary = r.meta.summary || r.excerpt || "";
      var plain = r.meta.summary ? escapeHtml(summary) : summary;  // Pagefind excerpts are escaped HTML
      return '<li class="md-search-result__item"><a href="' + escapeHtml(r.url) + '" class="md-search-result__link" tabindex="-1">' +
        '<article class="md-search-result__article md-typeset"><div class="md-search-result__icon md-icon"></div>' +
        "<h1>" + escapeHtml(r.meta.title || r.url) + "</h1><p>" + plain + "</p></article></a></li>";
    }).join("");
    meta.textContent = total ? countOf(total, "result") : words.none;
  }

  function hasFilters() {
    return Object.keys(active).some(function (k) { return active[k].length; });
  }

  function run() {
    var mine = ++sequence;
    var text = input.value.trim();
    if (!text && !hasFilters()) {
      list.innerHTML = "";
      meta.textContent = words.start;
      return;
    }
    load().then(function (pf) {
      if (mine !== sequence) return null;
      return pf.search(text ? queryText(text) : null, { filters: active });
    }).then(function (search) {
      if (!search || mine !== sequence) return null;
      return Promise.all(search.results.slice(0, PAGE_SIZE).map(function (r) { return r.data(); }))
        .then(function (data) {
          if (mine !== sequence) return;
          render(data, search.results.length);
          list.setAttribute("data-query", text);  // what the list shows results for (tests wait on it)
          list.setAttribute("data-filters", JSON.stringify(active));
        });
    });
  }

  // --- facet filters, labelled in the page's language -------------------------------------
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
          option.textContent = v + " (" + values[v] + ")";
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

  input.addEventListener("input", run);
  input.addEventListener("focus", function () {
    load();
    if (!toggle.checked) {  // on wide screens the box sits in the header: open the result panel
      toggle.checked = true;
      toggle.dispatchEvent(new Event("change"));
    }
  });
  toggle.addEventListener("change", function () {
    if (toggle.checked) {
      setTimeout(function () { input.focus(); }, 50);
      if (!filterBox.querySelector("select")) buildFilters();
    }
  });
  document.addEventListener("keydown", function (event) {
    var typing = /input|textarea|select/i.test((event.target || {}).tagName || "");
    if (event.key === "Escape" && toggle.checked) {
      toggle.checked = false;
      input.blur();
    } else if (!typing && (event.key === "/" || event.key === "s" || event.key === "f") && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      toggle.checked = true;
      toggle.dispatchEvent(new Event("change"));
    }
  });
  window.tawsiyatSearch = { queryText: queryText, run: run };
})();
