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
