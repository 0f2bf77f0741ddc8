// Tawsiyat: copy a citation to the clipboard. No library, nothing fetched.
document.addEventListener("click", function (event) {
  var button = event.target.closest && event.target.closest("button[data-copy]");
  if (!button || !navigator.clipboard) return;
  navigator.clipboard.writeText(button.getAttribute("data-copy")).then(function () {
    var label = button.textContent;
    button.textContent = button.getAttribute("data-copied");  // data/words.yml: indexes.copied
    setTimeout(function () { button.textContent = label; }, 1500);
  });
});

// The language switch keeps the paragraph: on a page with paragraph anchors, a #p-N fragment is
// carried over to the twin page in the other language (same numbering in both).
(function () {
  var PARAGRAPH = /^#p-\d+$/;
  function update() {
    var hash = PARAGRAPH.test(location.hash) && document.getElementById(location.hash.slice(1)) ? location.hash : "";
    document.querySelectorAll(".md-select__link[hreflang]").forEach(function (link) {
      var base = link.getAttribute("href").split("#")[0];
      link.setAttribute("href", base + hash);
    });
  }
  update();
  window.addEventListener("hashchange", update);
})();

// The matrix says it scrolls sideways only when it does (at this width). Measured after the first
// paint, when the browser has laid it out (ResizeObserver), so loading the page forces no layout.
(function () {
  var boxes = document.querySelectorAll(".tw-matrix");
  if (!boxes.length || !window.ResizeObserver) return;
  function check() {
    boxes.forEach(function (box) {
      var hint = document.getElementById(box.getAttribute("aria-describedby"));
      var over = box.scrollWidth > box.clientWidth + 1;
      box.classList.toggle("tw-overflowing", over);
      if (hint) hint.classList.toggle("tw-overflowing", over);
    });
  }
  (window.tawsiyatAfterFirstPaint || setTimeout)(function () {  // theme.js
    var observer = new ResizeObserver(check);
    boxes.forEach(function (box) {
      observer.observe(box);
      var table = box.querySelector("table");
      if (table) observer.observe(table);  // its width changes when the fonts arrive
    });
  });
})();

// Arriving at a paragraph (#p-39, from a search result or a citation), the reader still learns
// what the page is. Where the page's title, its notice and the paragraph fit on one screen, the
// page is shown from its title; further down (the full report, the parallel view), an English
// paragraph carries a short reminder that the text is an unofficial translation: the notice's own
// title and its link to the Arabic (data/words.yml, as the notice), pointing at the same paragraph.
// On paper, that link is replaced by the Arabic page's address (tawsiyat.css, print).
(function () {
  var PARAGRAPH = /^#p-\d+$/;
  var other = document.querySelector(".md-content .admonition a[hreflang]");
  var notice = other && other.closest(".admonition");
  if (other) other.setAttribute("data-tw-address", other.href);
  var reminder = null;
  function land() {
    if (!PARAGRAPH.test(location.hash)) return;
    var target = document.getElementById(location.hash.slice(1));
    var title = document.querySelector(".md-content h1");
    if (!target || !title) return;
    var header = document.querySelector(".md-header");
    var top = header ? header.offsetHeight : 0;
    var fromTitle = target.getBoundingClientRect().top - title.getBoundingClientRect().top;
    if (fromTitle + 3 * parseFloat(getComputedStyle(target).lineHeight || "24") < (window.innerHeight - top)) {
      window.scrollTo(0, window.pageYOffset + title.getBoundingClientRect().top - top - 8);
      return;
    }
    if (!notice) return;
    if (!reminder) {
      var heading = notice.querySelector(".admonition-title");
      reminder = document.createElement("p");
      reminder.className = "tw-reminder";
      reminder.setAttribute("role", "note");
      var link = other.cloneNode(true);
      link.removeAttribute("data-tw-address");
      reminder.appendChild(document.createTextNode((heading ? heading.textContent : "") + ": "));
      reminder.appendChild(link);
    }
    reminder.querySelector("a").setAttribute("href", other.getAttribute("href").split("#")[0] + location.hash);
    var unit = target.closest(".tw-para") || target;  // the numbered paragraph, or the parallel row
    unit.parentNode.insertBefore(reminder, unit);
    window.scrollTo(0, window.pageYOffset + reminder.getBoundingClientRect().top - top - 8);
  }
  // after the page has loaded: until then the browser itself may scroll to the fragment again
  if (PARAGRAPH.test(location.hash)) {
    if (document.readyState === "complete") setTimeout(land);
    else window.addEventListener("load", function () { setTimeout(land); });
  }
  window.addEventListener("hashchange", land);
})();
