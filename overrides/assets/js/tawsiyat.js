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
