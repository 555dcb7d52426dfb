"use strict";
// A little behaviour on top of pages that work without it: the article page's item filters, a flash on
// the span a link led to, and "/" to jump to search. Nothing is fetched; nothing is written into pages
// from data.
(function () {
  var body = document.body;

  document.querySelectorAll("input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      body.classList.toggle("hide-" + box.getAttribute("data-kind"), !box.checked);
    });
  });

  var mark = document.getElementById("mark");
  if (mark) {
    var text = mark.closest(".text");
    if (text) text.classList.add("flash");
    mark.scrollIntoView({ block: "center" });
  }

  document.addEventListener("keydown", function (event) {
    var field = document.querySelector("header.bar input[type=search]");
    var typing = event.target && /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName);
    if (event.key === "/" && field && !typing) {
      event.preventDefault();
      field.focus();
    }
  });
})();
