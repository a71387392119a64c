// casus timeline zoom: drag across the chart to show that range. The bars
// stay links, so without this script a bar still zooms in on its bucket.
(function () {
  "use strict";
  var svg = document.getElementById("chart");
  if (!svg || !svg.getScreenCTM) return;
  var bars = Array.prototype.slice.call(svg.querySelectorAll("a[data-from]"));
  if (bars.length < 2) return;
  var ns = "http://www.w3.org/2000/svg";
  var band = document.createElementNS(ns, "rect");
  band.setAttribute("class", "zoomband");
  band.setAttribute("y", "0");
  band.setAttribute("height", svg.viewBox.baseVal.height);
  band.setAttribute("width", "0");
  svg.appendChild(band);
  var start = null, moved = false;

  function toX(ev) {
    var p = svg.createSVGPoint();
    p.x = ev.clientX;
    p.y = ev.clientY;
    return p.matrixTransform(svg.getScreenCTM().inverse()).x;
  }
  function span(a, b) {
    var lo = Math.min(a, b), hi = Math.max(a, b), from = null, to = null;
    bars.forEach(function (bar) {
      var x1 = +bar.getAttribute("data-x1"), x2 = +bar.getAttribute("data-x2");
      if (x2 >= lo && x1 <= hi) {
        if (from === null) from = bar.getAttribute("data-from");
        to = bar.getAttribute("data-to");
      }
    });
    return from === null ? null : { from: from, to: to };
  }
  function interval(from, to) {
    var days = (Date.parse(to) - Date.parse(from)) / 864e5;
    return days <= 62 ? "day" : days <= 730 ? "week" : "month";
  }
  svg.addEventListener("pointerdown", function (ev) {
    if (ev.button !== 0) return;
    start = toX(ev);
    moved = false;
  });
  svg.addEventListener("pointermove", function (ev) {
    if (start === null) return;
    var x = toX(ev);
    if (Math.abs(x - start) > 4) moved = true;
    if (!moved) return;
    ev.preventDefault();
    band.setAttribute("x", Math.min(x, start));
    band.setAttribute("width", Math.abs(x - start));
  });
  function finish(ev) {
    if (start === null) return;
    var a = start;
    start = null;
    band.setAttribute("width", "0");
    if (!moved) return;
    var r = span(a, toX(ev));
    if (!r) return;
    var q = new URLSearchParams(location.search);
    q.set("from", r.from);
    q.set("to", r.to);
    q.set("interval", interval(r.from, r.to));
    q.delete("cursor");
    location.search = q.toString();
  }
  svg.addEventListener("pointerup", finish);
  svg.addEventListener("pointerleave", function () {
    start = null;
    band.setAttribute("width", "0");
  });
  // A drag ends on a bar: do not follow its link as well.
  svg.addEventListener("click", function (ev) {
    if (moved) {
      ev.preventDefault();
      moved = false;
    }
  }, true);
})();
