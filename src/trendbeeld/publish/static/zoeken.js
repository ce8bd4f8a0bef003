/* Search within the edition: the index (zoekindex.js) holds only what the edition shows. */
(function () {
  "use strict";
  var index = window.TRENDBEELD_ZOEKINDEX || [];
  var form = document.getElementById("zoekformulier");
  var input = document.getElementById("zoekterm");
  var out = document.getElementById("zoekresultaten");
  if (!form || !input || !out) { return; }

  function normalise(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function search(query) {
    var words = normalise(query).split(/\s+/).filter(function (w) { return w.length > 1; });
    out.textContent = "";
    if (!words.length) { return; }
    var hits = index.filter(function (entry) {
      var text = normalise(entry.t + " " + entry.x);
      return words.every(function (w) { return text.indexOf(w) !== -1; });
    }).slice(0, 50);
    var summary = document.createElement("p");
    summary.textContent = hits.length ? hits.length + " resultaten" : "Niets gevonden.";
    out.appendChild(summary);
    var list = document.createElement("ol");
    hits.forEach(function (entry) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.className = "utrecht-link utrecht-link--html-a";
      link.href = entry.u;
      link.textContent = entry.t;
      item.appendChild(link);
      var text = document.createElement("p");
      text.textContent = entry.x.slice(0, 240);
      item.appendChild(text);
      list.appendChild(item);
    });
    out.appendChild(list);
  }

  /* The address holds the query ("zoeken.html?q=inbraak"), so a search can be linked and shared. */
  function queryFromAddress() {
    var match = /[?&]q=([^&#]*)/.exec(window.location.search);
    if (!match) { return ""; }
    try {
      return decodeURIComponent(match[1].replace(/\+/g, " "));
    } catch (error) {
      return "";  /* a broken escape ("%E0%A4%A") names no query */
    }
  }

  function remember(query) {
    if (!window.history || !window.history.replaceState) { return; }
    var address = window.location.pathname + (query ? "?q=" + encodeURIComponent(query) : "");
    try {
      window.history.replaceState(null, "", address + window.location.hash);
    } catch (error) {
      /* file:// pages in some browsers refuse a new address; the search itself still runs */
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    search(input.value);
    remember(input.value.trim());
  });

  var initial = queryFromAddress();
  if (initial) {
    input.value = initial;
    search(initial);
  }
}());
