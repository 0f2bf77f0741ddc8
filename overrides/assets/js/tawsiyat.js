// Tawsiyat: copy a citation to the clipboard. No library, nothing fetched.
document.addEventListener("click", function (event) {
  var button = event.target.closest && event.target.closest("button[data-copy]");
  if (!button || !navigator.clipboard) return;
  navigator.clipboard.writeText(button.getAttribute("data-copy")).then(function () {
    var label = button.textContent;
    button.textContent = document.documentElement.lang === "ar" ? "نُسخ" : "Copied";
    setTimeout(function () { button.textContent = label; }, 1500);
  });
});

// The language switch keeps the paragraph: on a page with paragraph anchors, a #p-N fragment is
// carried over to the twin page in the other language (same numbering in both). Material's own
// click handler on alternate links goes to the bare page (it looks the page up in the sitemap and
// drops the fragment), so a click on a link that carries a fragment is left to the browser.
(function () {
  var PARAGRAPH = /^#p-\d+$/;
  function links() { return document.querySelectorAll(".md-select__link[hreflang]"); }
  function update() {
    var hash = PARAGRAPH.test(location.hash) && document.getElementById(location.hash.slice(1)) ? location.hash : "";
    links().forEach(function (link) {
      var base = link.getAttribute("href").split("#")[0];
      link.setAttribute("href", base + hash);
    });
  }
  update();
  window.addEventListener("hashchange", update);
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".md-select__link[hreflang]");
    if (!link || event.metaKey || event.ctrlKey) return;
    update();
    if (link.getAttribute("href").indexOf("#") >= 0) event.stopPropagation();
  }, true);
})();

// The matrix says it scrolls sideways only when it does (at this width).
(function () {
  var boxes = document.querySelectorAll(".tw-matrix");
  if (!boxes.length) return;
  function check() {
    boxes.forEach(function (box) {
      var hint = document.getElementById(box.getAttribute("aria-describedby"));
      var over = box.scrollWidth > box.clientWidth + 1;
      box.classList.toggle("tw-overflowing", over);
      if (hint) hint.classList.toggle("tw-overflowing", over);
    });
  }
  check();
  window.addEventListener("resize", check);
  window.addEventListener("load", check);
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(check);
})();
