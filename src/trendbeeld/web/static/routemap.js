/* trendbeeld workbench: the drawn route map by click or keyboard (progressive enhancement).
   Choosing a link on the map offers to confirm or remove it; choosing two trends fills the add
   form. Every change submits the page's own form (with its CSRF token) and replaces the page's
   content with the answer; the message after each action goes to an aria-live region.
   Without this script the forms below the map do the same. */
(function () {
  "use strict";
  var live = document.getElementById("kaart-melding");
  if (!live) {
    return;
  }
  var chosen = null; /* the link chosen on the map */
  var first = null; /* the first trend or theme chosen for a new link */

  function content() {
    return document.getElementById("routekaart-inhoud");
  }

  function say(text) {
    live.textContent = text;
  }

  function prepare() {
    var help = document.getElementById("kaart-uitleg");
    if (help) {
      help.hidden = false;
    }
    chosen = null;
    first = null;
  }

  function name(element) {
    var title = element.querySelector("title"); /* the accessible name of a link or node */
    return (title ? title.textContent : "").replace(/^Voorstel: /, "");
  }

  function failure(doc) {
    var alert = doc.querySelector(".wb-alert, main p");
    var heading = doc.querySelector("main h1");
    var text = alert ? alert.textContent : heading ? heading.textContent : "";
    return "Niet gelukt: " + text.replace(/\s+/g, " ").trim();
  }

  function send(form, done, focusLink) {
    var body = new URLSearchParams(new FormData(form));
    say("Bezig…");
    fetch(form.action, { method: "POST", body: body, credentials: "same-origin" })
      .then(function (response) {
        return response.text().then(function (html) {
          return { ok: response.ok, html: html };
        });
      })
      .then(function (answer) {
        var doc = new DOMParser().parseFromString(answer.html, "text/html");
        var fresh = doc.getElementById("routekaart-inhoud");
        if (fresh) {
          content().replaceWith(document.adoptNode(fresh));
          prepare();
        }
        say(answer.ok ? done : failure(doc));
        var target = focusLink && document.querySelector('[data-verband="' + focusLink + '"]');
        (target || document.getElementById("inhoud")).focus();
      })
      .catch(function () {
        say("Niet gelukt: de werkbank is niet bereikbaar. Probeer het opnieuw.");
      });
  }

  function chooseLink(link) {
    var panel = document.getElementById("kaart-keuze");
    if (!panel) {
      return;
    }
    chosen = link.getAttribute("data-verband");
    var suggested = link.getAttribute("data-bevestigd") !== "ja";
    document.getElementById("kaart-keuze-tekst").textContent =
      (suggested ? "Voorgesteld verband: " : "Bevestigd verband: ") + name(link);
    panel.querySelector('[data-doe="bevestigen"]').hidden = !suggested;
    panel.hidden = false;
    panel.querySelector("button:not([hidden])").focus();
  }

  function act(what) {
    var panel = document.getElementById("kaart-keuze");
    var id = chosen;
    panel.hidden = true;
    if (what === "annuleren" || !id) {
      say("Geen verband gekozen.");
      var link = id && document.querySelector('[data-verband="' + id + '"]');
      if (link) {
        link.focus();
      }
      chosen = null;
      return;
    }
    var label = name(document.querySelector('[data-verband="' + id + '"]'));
    var action = "/routemap/links/" + id + (what === "bevestigen" ? "/confirm" : "/remove");
    var form = content().querySelector('form[action="' + action + '"]');
    if (!form) {
      say("Niet gelukt: dit verband kan hier niet worden gewijzigd.");
      return;
    }
    if (what === "bevestigen") {
      send(form, "Bevestigd: " + label + ".", id);
    } else {
      send(form, "Verwijderd: " + label + ".", null);
    }
  }

  function chooseNode(node) {
    var id = node.getAttribute("data-knoop");
    if (first === null || first === id) {
      var again = first === id;
      first = again ? null : id;
      node.setAttribute("aria-pressed", again ? "false" : "true");
      say(again ? "Keuze opgeheven." : "Van: " + name(node) + ". Kies nu waar het verband naartoe gaat.");
      return;
    }
    var from = document.querySelector('[data-knoop="' + first + '"]');
    var source = document.getElementById("v-source");
    var target = document.getElementById("v-target");
    if (from) {
      from.setAttribute("aria-pressed", "false");
    }
    first = null;
    if (!source || !target) {
      return;
    }
    source.value = from ? from.getAttribute("data-knoop") : "";
    target.value = id;
    say(
      "Van " + (from ? name(from) : "") + " naar " + name(node) +
        " gekozen. Kies de soort verband, vul de toelichting in en kies Toevoegen."
    );
    document.getElementById("v-type").focus();
  }

  function activate(element) {
    var strip = element.closest("[data-raak]");
    var link = strip
      ? document.querySelector('[data-verband="' + strip.getAttribute("data-raak") + '"][role=button]')
      : element.closest("[data-verband][role=button]");
    if (link) {
      chooseLink(link);
      return true;
    }
    var node = element.closest("[data-knoop][role=button]");
    if (node) {
      chooseNode(node);
      return true;
    }
    var button = element.closest("#kaart-keuze button[data-doe]");
    if (button) {
      act(button.getAttribute("data-doe"));
      return true;
    }
    return false;
  }

  document.addEventListener("click", function (event) {
    if (event.target instanceof Element && activate(event.target)) {
      event.preventDefault();
    }
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if ((event.key === "Enter" || event.key === " ") && target instanceof Element) {
      if (target.matches("[data-verband][role=button], [data-knoop][role=button]") && activate(target)) {
        event.preventDefault();
      }
    }
  });
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var area = content();
    if (!(form instanceof HTMLFormElement) || !area || !area.contains(form)) {
      return;
    }
    var action = form.getAttribute("action") || "";
    var done = /\/confirm$/.test(action)
      ? "Verband bevestigd."
      : /\/remove$/.test(action)
        ? "Verband verwijderd."
        : "Verband toegevoegd.";
    event.preventDefault();
    send(form, done, null);
  });
  prepare();
})();
