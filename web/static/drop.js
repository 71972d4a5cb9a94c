// A file dropped on a .drop area goes into its form's file input, and the
// form is sent; choosing files with the button sends it too.
document.querySelectorAll("form .drop").forEach(function (zone) {
  var form = zone.closest("form");
  var input = form.querySelector("input[type=file]");
  ["dragenter", "dragover"].forEach(function (t) {
    zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (t) {
    zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.remove("over"); });
  });
  zone.addEventListener("drop", function (e) {
    if (e.dataTransfer && e.dataTransfer.files.length) {
      input.files = e.dataTransfer.files;
      form.submit();
    }
  });
});
document.querySelectorAll("button[data-copy]").forEach(function (b) {
  b.addEventListener("click", function () {
    var t = document.getElementById(b.getAttribute("data-copy"));
    t.select();
    document.execCommand("copy");
    b.textContent = "已复制";
  });
});
