"use strict";

// The brief's spans count code points (Python str indices); the DOM counts UTF-16 units, in which a
// character outside the Basic Multilingual Plane (an emoji, say) takes two. Walk the text to convert.
function sitroomUnits(text, points) {
  var unit = 0;
  for (var n = 0; n < points && unit < text.length; n++) {
    var code = text.charCodeAt(unit);
    unit += code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length ? 2 : 1;
  }
  return unit;
}

// Clicking a cited item marks exactly its span in the article text and scrolls there. Without this
// script every such link still goes to the article's anchor, so the page reads the same.
(function () {
  if (typeof document === "undefined") return;
  var current = null;

  function clear() {
    if (!current) return;
    var parent = current.parentNode;
    parent.replaceChild(document.createTextNode(current.textContent), current);
    parent.normalize();
    current = null;
  }

  function highlight(article, start, end) {
    var box = document.getElementById("text-" + article);
    if (!box) return null;
    clear();
    var node = box.firstChild;
    if (!node || node.nodeType !== 3) return null;
    var range = document.createRange();
    range.setStart(node, sitroomUnits(node.data, start));
    range.setEnd(node, sitroomUnits(node.data, end));
    current = document.createElement("mark");
    range.surroundContents(current);
    return current;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-article]");
    if (!link) return;
    var mark = highlight(link.getAttribute("data-article"),
      Number(link.getAttribute("data-start")), Number(link.getAttribute("data-end")));
    if (!mark) return;
    event.preventDefault();
    try {
      history.pushState(null, "", link.getAttribute("href"));  // so Back returns to the cited item
    } catch (error) {
      // some browsers refuse history entries for pages opened from file://; the highlight still works
    }
    mark.scrollIntoView({ block: "center" });
  });
})();
