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
// The names of the files chosen, beside the button that chose them.
document.querySelectorAll("label.pick input[type=file]").forEach(function (input) {
  input.addEventListener("change", function () {
    var names = [];
    for (var i = 0; i < input.files.length; i++) names.push(input.files[i].name);
    var span = input.closest("label").nextElementSibling;
    if (span) span.textContent = names.length ? names.join("、") : "未选择文件";
  });
});
