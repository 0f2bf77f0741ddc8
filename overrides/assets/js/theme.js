// What this site uses of Material for MkDocs' JavaScript, without Material's bundle (issue 14).
//
// Material's bundle (35 KB gzip, built on RxJS) sets up every component Material has: it took
// about 90 ms of a desktop's main thread on each page, a third of a second on a mid-range phone,
// and was most of the page's blocking time. This site uses a few of those behaviours. They are
// done here with Material's own classes and attributes, so its CSS and templates apply unchanged;
// each part names the file of Material's source it follows (src/templates/assets/javascripts/).
// Layout is read only in ResizeObserver callbacks (after the browser has laid the page out) and
// kept; scrolling only does arithmetic on what was kept. Tables get Material's scrolling wrapper
// in the build (hooks/tables.py), so nothing moves when this script runs.
(function () {
  "use strict";
  // html.no-js -> html.js (bundle.ts) is done in the page's head (overrides/main.html), before the
  // first styling: here, after the first paint, it would restyle the whole page

  function $(selector, scope) { return (scope || document).querySelector(selector); }
  function $$(selector, scope) { return Array.prototype.slice.call((scope || document).querySelectorAll(selector)); }
  function component(name) { return $$('[data-md-component="' + name + '"]'); }
  var header = component("header")[0];
  var main = component("main")[0];
  if (!header || !main) return;

  // --- what is measured when the layout changes, and what scrolling changes -------------------
  var layout = { header: 0, mainTop: 0, mainBottom: 0, body: 0 };
  // (not read while the script loads: reading the scroll position or the window's height lays the page out)
  var view = { y: 0, height: 0, lastY: 0, lastScroll: 0, afterPause: false };
  var onLayout = [];   // measure: run after a layout, may read the layout
  var onScroll = [];   // update: run on each frame that scrolled or was laid out, reads only kept values

  // the main area's offset, its visible height and whether the page has scrolled to it (components/main)
  function mainArea() {
    var top = layout.mainTop, h = layout.header, y = view.y, height = view.height;
    return {
      offset: top - h,
      height: Math.max(0, height - Math.max(0, top - y, h) - Math.max(0, height + y - layout.mainBottom)),
      active: top - h <= y
    };
  }

  var frame = 0, resized = false;
  function update() {
    frame = 0;
    if (resized) { resized = false; view.height = window.innerHeight; }
    var area = mainArea();
    onScroll.forEach(function (fn) { fn(area); });
    view.lastY = view.y;
  }
  function schedule() { if (!frame) frame = requestAnimationFrame(update); }
  function measure() {
    layout.header = header.offsetHeight;
    layout.mainTop = main.offsetTop;
    layout.mainBottom = main.offsetTop + main.offsetHeight;
    layout.body = document.body.offsetHeight;
    view.height = window.innerHeight;
    onLayout.forEach(function (fn) { fn(); });
    update();
  }

  // --- the header shows the page's title once its h1 has gone under it (components/header/title)
  var title = component("header-title")[0];
  var heading = $(".md-content h1");
  if (title && heading) {
    var headingTop = 0, headingHeight = 0;
    onLayout.push(function () { headingTop = offsetInDocument(heading); headingHeight = heading.offsetHeight; });
    onScroll.push(function () {
      title.classList.toggle("md-header__title--active", headingHeight > 0 && view.y - headingTop + layout.header >= headingHeight);
    });
  }

  // --- sidebars: on wide screens the scrolling area fills what is visible of the main area, and
  // the page's own link is scrolled into view once (components/sidebar)
  component("sidebar").forEach(function (sidebar) {
    var wide = window.matchMedia(sidebar.getAttribute("data-md-type") === "navigation" ? "(min-width: 76.25em)" : "(min-width: 60em)");
    var inner = $(".md-sidebar__scrollwrap", sidebar);
    var grid = sidebar.closest(".md-grid");
    if (!inner || !grid) return;
    var adjust = 0, innerTop = 0, shown = false, written = "";
    onLayout.push(function () {
      adjust = grid.offsetTop - grid.parentElement.offsetTop;
      if (wide.matches) innerTop = inner.offsetTop;
    });
    onScroll.push(function (area) {
      if (!wide.matches) {
        if (shown) { inner.style.height = ""; sidebar.style.top = ""; shown = false; written = ""; }
        return;
      }
      var height = area.height + Math.min(adjust, Math.max(0, view.y - area.offset)) - adjust;
      var values = (height - 2 * innerTop) + "px " + layout.header + "px";
      if (values !== written) {
        written = values;
        inner.style.height = (height - 2 * innerTop) + "px";
        sidebar.style.top = layout.header + "px";
      }
      if (!shown) {
        shown = true;
        requestAnimationFrame(function () { reveal(sidebar); });
      }
    });
  });
  function reveal(sidebar) {
    $$(".md-nav__link--active[href]", sidebar).forEach(function (item) {
      if (!item.clientHeight) return;  // the table of contents hidden in the left sidebar
      var container = item.closest(".md-sidebar__scrollwrap");
      if (container) container.scrollTo({ top: item.offsetTop - container.offsetTop - container.offsetHeight / 2 });
    });
  }

  // expandable navigation sections say whether they are open (components/sidebar), and Enter on a
  // focused section label opens it, as a click does (bundle.ts)
  document.addEventListener("click", function (event) {
    var label = event.target.closest && event.target.closest("label[tabindex][for]");
    if (!label) return;
    setTimeout(function () {
      var input = document.getElementById(label.htmlFor);
      var nav = label.id && $('[aria-labelledby="' + label.id + '"]');
      if (input && nav) nav.setAttribute("aria-expanded", String(input.checked));
    });
  });

  // --- table of contents: the section being read is marked, and kept in view (components/toc)
  component("toc").forEach(function (toc) {
    var entries = [];
    $$(".md-nav__link", toc).forEach(function (anchor) {
      var id = anchor.hash && decodeURIComponent(anchor.hash.slice(1));
      var target = id && document.getElementById(id);
      if (target) entries.push({ anchor: anchor, target: target, offset: 0 });
    });
    if (!entries.length) return;
    var adjust = 0, active = null, marked = -1;  // marked: how many entries are marked passed, -1 after a measure
    onLayout.push(function () {
      var grid = main.firstElementChild;
      adjust = layout.header + 0.8 * (grid ? grid.offsetTop - main.offsetTop : 0);
      entries.forEach(function (e) { e.offset = offsetInDocument(e.target); });
      entries.sort(function (a, b) { return a.offset - b.offset; });
      marked = -1;
    });
    onScroll.push(function () {
      // in document order, the passed entries come first: only their number changes on a scroll
      var last = view.y + view.height >= Math.floor(layout.body);
      var passed = 0;
      while (passed < entries.length && (last || entries[passed].offset - adjust < view.y)) passed++;
      if (passed === marked) return;
      marked = passed;
      entries.forEach(function (e, i) {
        e.anchor.classList.toggle("md-nav__link--passed", i < passed);
        e.anchor.classList.toggle("md-nav__link--active", i === passed - 1);
      });
      var current = passed ? entries[passed - 1].anchor : null;
      if (current && current !== active && current.offsetHeight) {  // toc.follow
        var container = current.closest(".md-sidebar__scrollwrap");
        if (container) container.scrollTo({ top: current.offsetTop - container.offsetTop - container.offsetHeight / 2, behavior: view.afterPause ? "smooth" : "auto" });
      }
      active = current;
    });
  });
  // --- back-to-top button: shown while scrolling up past the top, under the header (components/top)
  var top = component("top")[0];
  if (top) {
    var resting = 0;  // after a jump to a fragment the button stays hidden a moment
    if (top.hidden) top.setAttribute("tabindex", "-1");  // hidden only by opacity: kept out of the Tab order
    onLayout.push(function () { top.style.top = (layout.header + 16) + "px"; });
    onScroll.push(function (area) {
      if (view.y === view.lastY) return;  // laid out again, not scrolled
      var hidden = !(area.active && view.lastY > view.y && view.y > 0) || Date.now() < resting;
      if (hidden === top.hidden) return;
      top.hidden = hidden;
      if (hidden) {
        top.setAttribute("tabindex", "-1");
        top.blur();
      } else {
        top.removeAttribute("tabindex");
      }
    });
    top.addEventListener("click", function (event) {
      event.preventDefault();
      window.scrollTo({ top: 0 });
    });
    window.addEventListener("hashchange", function () { resting = Date.now() + 250; top.hidden = true; top.setAttribute("tabindex", "-1"); });
  }

  // --- following a link within the page closes the drawer and the search panel (bundle.ts) ----
  function toggle(name) { return $('[data-md-toggle="' + name + '"]'); }
  window.addEventListener("hashchange", function () {
    setTimeout(function () {
      ["drawer", "search"].forEach(function (name) {
        var el = toggle(name);
        if (el && el.checked) el.click();
      });
    }, 125);
  });

  // --- on narrow screens the page does not scroll behind the open search panel (patches/scrolllock)
  var search = toggle("search");
  var tablet = window.matchMedia("(min-width: 60em)");
  if (search) {
    var lockTimer = 0;
    search.addEventListener("change", function () {
      var lock = search.checked && !tablet.matches;
      clearTimeout(lockTimer);
      lockTimer = setTimeout(function () {
        var body = document.body;
        if (lock) {
          if (body.hasAttribute("data-md-scrolllock")) return;
          body.style.top = "-" + window.pageYOffset + "px";
          body.setAttribute("data-md-scrolllock", "");
        } else if (body.hasAttribute("data-md-scrolllock")) {
          var y = -1 * parseInt(body.style.top, 10);
          body.removeAttribute("data-md-scrolllock");
          body.style.top = "";
          if (y) window.scrollTo(0, y);
        }
      }, lock ? 400 : 100);
    });
  }

  // --- colour scheme: the header's toggle (partials/palette.html) switches between the light and
  // the dark scheme and remembers the choice; a choice that is the system's own is forgotten, so
  // the page follows the system again, also when its setting changes. The scheme was set before
  // the first paint (partials/javascripts/palette.html); Material's palette component did this.
  var schemeToggle = $("[data-tw-scheme-toggle]");
  if (schemeToggle) {
    var systemDark = window.matchMedia("(prefers-color-scheme: dark)");
    var chosen = function () { try { return localStorage.getItem("tw-scheme"); } catch (e) { return null; } };
    var applyScheme = function (dark) {
      document.body.setAttribute("data-md-color-scheme", schemeToggle.getAttribute(dark ? "data-dark" : "data-light"));
      schemeToggle.setAttribute("aria-pressed", String(dark));
    };
    schemeToggle.addEventListener("click", function () {
      var dark = schemeToggle.getAttribute("aria-pressed") !== "true";
      applyScheme(dark);
      try {
        if (dark === systemDark.matches) localStorage.removeItem("tw-scheme");
        else localStorage.setItem("tw-scheme", dark ? "dark" : "light");
      } catch (e) { /* storage refused: the choice holds for this page */ }
    });
    systemDark.addEventListener("change", function () { if (!chosen()) applyScheme(systemDark.matches); });
  }

  // --- keyboard: p or "," previous page, n or "." next page; Enter on a focused section label
  // opens it (bundle.ts). The search keys are search.js's.
  document.addEventListener("keydown", function (event) {
    if (event.metaKey || event.ctrlKey || event.altKey || event.isComposing) return;
    if (search && search.checked) return;
    var el = document.activeElement;
    if (el && (/^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName) || el.isContentEditable)) return;
    if (event.key === "Enter") {
      if (el instanceof HTMLLabelElement) el.click();
      return;
    }
    var rel = { p: "prev", ",": "prev", n: "next", ".": "next" }[event.key];
    var link = rel && $('link[rel="' + rel + '"]');
    if (link) location.href = link.href;
  });

  // --- a navigation entry cut short shows its whole text as a tooltip (patches/ellipsis) --------
  function explain(event) {
    var el = event.target.closest && event.target.closest(".md-ellipsis");
    if (!el || el.hasAttribute("data-tw-explained")) return;
    el.setAttribute("data-tw-explained", "");
    if (el.offsetWidth < el.scrollWidth) (el.closest("a") || el).title = el.innerText;
  }
  document.addEventListener("pointerover", explain);
  document.addEventListener("focusin", explain);

  // --- iOS: a sidebar scrolled to its end does not scroll the page (patches/scrollfix) ---------
  $$("[data-md-scrollfix]").forEach(function (el) {
    el.removeAttribute("data-md-scrollfix");
    if (!/(iPad|iPhone|iPod)/.test(navigator.userAgent)) return;
    el.addEventListener("touchstart", function () {
      if (el.scrollTop === 0) el.scrollTop = 1;
      else if (el.scrollTop + el.offsetHeight === el.scrollHeight) el.scrollTop -= 1;
    }, { passive: true });
  });

  function offsetInDocument(el) {
    var offset = el.offsetTop;
    while (!offset && el.parentElement) { el = el.parentElement; offset = el.offsetTop; }
    for (var parent = el.offsetParent; parent; parent = parent.offsetParent) offset += parent.offsetTop;
    return offset;
  }

  // Listen and measure from just after the first paint: a script run within the page's first
  // rendering (a scroll or resize listener, say) makes the browser's whole first layout count as
  // this script's work, a long task on a phone. Then measure after each layout that changes a size
  // that matters: a ResizeObserver callback reads the layout when it is already done, so nothing
  // here forces one.
  afterFirstPaint(function () {
    window.addEventListener("scroll", function () {
      view.y = window.pageYOffset;
      view.afterPause = Date.now() - view.lastScroll > 250;  // a scroll that starts glides the toc; one that goes on jumps it
      view.lastScroll = Date.now();
      schedule();
    }, { passive: true });
    window.addEventListener("resize", function () {  // the new height is read on the next frame
      resized = true;
      schedule();
    });
    if (window.ResizeObserver) {
      var observer = new ResizeObserver(function () { view.y = view.lastY = window.pageYOffset; measure(); });
      [header, main, document.body].forEach(function (el) { observer.observe(el); });
    } else {
      view.y = view.lastY = window.pageYOffset;
      measure();
    }
  });
  // (shared with search.js and tawsiyat.js, which load after this file)
  window.tawsiyatAfterFirstPaint = afterFirstPaint;
  function afterFirstPaint(fn) {
    var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
    if (!types || types.indexOf("paint") < 0) {
      window.addEventListener("load", function () { setTimeout(fn); });
      return;
    }
    var started = false;
    var paints = new PerformanceObserver(function () {
      if (started) return;
      started = true;
      paints.disconnect();
      setTimeout(fn);
    });
    paints.observe({ type: "paint", buffered: true });
  }
})();
