/* Route map: hovering or focusing a node highlights its links and lists them below the map. */
(function () {
  "use strict";
  var map = document.querySelector(".tb-routemap svg");
  var detail = document.getElementById("rk-detail");
  var help = document.getElementById("rk-uitleg");
  if (!map || !detail) { return; }
  if (help) { help.hidden = false; }
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-source]"));
  var lines = Array.prototype.slice.call(map.querySelectorAll(".rk-link"));

  function show(node) {
    var id = node.getAttribute("data-node");
    map.classList.add("is-focused");
    node.classList.add("is-active");
    var texts = [];
    lines.forEach(function (line) {
      var on = line.getAttribute("data-source") === id || line.getAttribute("data-target") === id;
      line.classList.toggle("is-active", on);
    });
    rows.forEach(function (row) {
      var on = row.getAttribute("data-source") === id || row.getAttribute("data-target") === id;
      row.classList.toggle("is-active", on);
      if (on) {
        var cells = row.querySelectorAll("th, td");
        texts.push(cells[0].textContent + " " + cells[1].textContent + " " + cells[2].textContent + ": " + cells[3].textContent);
      }
    });
    detail.textContent = "";
    var list = document.createElement("ul");
    texts.forEach(function (text) {
      var item = document.createElement("li");
      item.textContent = text;
      list.appendChild(item);
    });
    detail.appendChild(list);
  }

  function hide(node) {
    map.classList.remove("is-focused");
    node.classList.remove("is-active");
    lines.forEach(function (line) { line.classList.remove("is-active"); });
    rows.forEach(function (row) { row.classList.remove("is-active"); });
  }

  Array.prototype.forEach.call(map.querySelectorAll(".rk-node"), function (node) {
    node.addEventListener("mouseenter", function () { show(node); });
    node.addEventListener("focus", function () { show(node); });
    node.addEventListener("mouseleave", function () { hide(node); });
    node.addEventListener("blur", function () { hide(node); });
  });
}());
