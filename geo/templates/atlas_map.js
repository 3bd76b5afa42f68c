/* Mali Atlas map helpers: vector event shapes on canvas, co-located events fanned out,
   offline labels, the date-window stamp and the legend. Defines window.AtlasMap once.
   Every string it puts into the DOM was HTML-escaped on the server (geo/escape.py). */
(function (root) {
  "use strict";
  if (root.AtlasMap) { return; }
  var L = root.L;

  function shapePoints(shape, x, y, r) {
    switch (shape) {
      case "diamond": return [[x, y - r * 1.25], [x + r * 1.05, y], [x, y + r * 1.25], [x - r * 1.05, y]];
      case "triangle": return [[x, y + r * 1.2], [x + r * 1.15, y - r * 0.8], [x - r * 1.15, y - r * 0.8]];
      case "square": return [[x - r * 0.95, y - r * 0.95], [x + r * 0.95, y - r * 0.95], [x + r * 0.95, y + r * 0.95], [x - r * 0.95, y + r * 0.95]];
      default: return null;
    }
  }

  L.Canvas.include({
    _updateAtlasShape: function (layer) {
      if (!this._drawing || layer._empty()) { return; }
      var p = layer._point, ctx = this._ctx, r = Math.max(Math.round(layer._radius), 1);
      var pts = shapePoints(layer.options.shape, p.x, p.y, r);
      ctx.beginPath();
      ctx.moveTo(pts[0][0], pts[0][1]);
      for (var i = 1; i < pts.length; i++) { ctx.lineTo(pts[i][0], pts[i][1]); }
      ctx.closePath();
      this._fillStroke(ctx, layer);
    }
  });
  L.SVG.include({
    _updateAtlasShape: function (layer) {
      var p = layer._point, r = Math.max(Math.round(layer._radius), 1);
      var pts = shapePoints(layer.options.shape, p.x, p.y, r);
      var d = layer._empty() ? "M0 0" : "M" + pts.map(function (q) { return q[0] + " " + q[1]; }).join("L") + "z";
      this._setPath(layer, d);
    }
  });
  L.AtlasMarker = L.CircleMarker.extend({
    options: { shape: "circle" },
    _updatePath: function () {
      if (shapePoints(this.options.shape, 0, 0, 1) === null) {
        return L.CircleMarker.prototype._updatePath.call(this);
      }
      this._renderer._updateAtlasShape(this);
    }
  });

  function columns(data) {
    var idx = {};
    data.cols.forEach(function (c, i) { idx[c] = i; });
    return idx;
  }

  /* Events at exactly the same point are fanned out on a small spiral so each can be
     read and clicked; a thin line ties each one to its true position. */
  function spreader(groupsByPoint) {
    var lines = L.layerGroup();
    function layout(map) {
      lines.clearLayers();
      Object.keys(groupsByPoint).forEach(function (key) {
        var ms = groupsByPoint[key];
        if (ms.length < 2) { return; }
        var truth = ms[0].atlasTrue;
        var c = map.latLngToLayerPoint(truth);
        ms.forEach(function (m, i) {
          var rad = 9 + 8 * Math.sqrt(i), ang = i * 2.39996;
          var ll = map.layerPointToLatLng(L.point(c.x + rad * Math.cos(ang), c.y + rad * Math.sin(ang)));
          m.setLatLng(ll);
          lines.addLayer(L.polyline([truth, ll], { color: "#555", weight: 0.7, opacity: 0.6, interactive: false }));
        });
        lines.addLayer(L.circleMarker(truth, { radius: 2, color: "#333", weight: 1, fillOpacity: 1, interactive: false }));
      });
    }
    return { lines: lines, layout: layout };
  }

  /* Labels (already escaped text) carry a rank; where two would overlap the lower-ranked one
     is hidden, so "Kati base" never prints across "Bamako" at country scale. */
  function ranked(text, rank) { return '<span data-atlas-rank="' + rank + '">' + text + "</span>"; }
  function declutter(map) {
    if (!map || map._atlasDeclutter) { return; }
    map._atlasDeclutter = requestAnimationFrame(function () {
      map._atlasDeclutter = null;
      var els = Array.prototype.slice.call(map.getContainer().querySelectorAll("[data-atlas-rank]"));
      els.sort(function (a, b) { return Number(a.dataset.atlasRank) - Number(b.dataset.atlasRank); });
      var placed = [];
      els.forEach(function (el) {
        el.style.visibility = "";
        var r = el.getBoundingClientRect();
        if (!r.width) { return; }
        var clash = placed.some(function (q) {
          return r.left < q.right + 3 && r.right > q.left - 3 && r.top < q.bottom + 1 && r.bottom > q.top - 1;
        });
        if (clash) { el.style.visibility = "hidden"; } else { placed.push(r); }
      });
    });
  }
  function watchLabels(map) {
    if (!map) { return; }
    if (!map._atlasLabelsWatched) {
      map._atlasLabelsWatched = true;
      map.on("zoomend moveend viewreset resize", function () { declutter(map); });
    }
    declutter(map);
    setTimeout(function () { declutter(map); }, 250);  // after the host page has sized the map
  }

  function decode(b64, Type) {
    var bin = root.atob(b64), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    return new Type(bytes.buffer);
  }

  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function dayParts(day) {
    var d = new Date(day * 86400000);
    return { y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate() };
  }
  /* The same wording as geo.maps.date_label, from day numbers. */
  function dateLabel(first, last, precision) {
    var a = dayParts(first), b = dayParts(last);
    if (precision === 3) { return a.y === b.y ? String(a.y) : a.y + "\u2013" + b.y; }
    if (precision === 2) {
      if (a.y === b.y && a.m === b.m) { return MONTHS[a.m] + " " + a.y; }
      return MONTHS[a.m] + " " + a.y + " \u2013 " + MONTHS[b.m] + " " + b.y;
    }
    if (first === last) { return a.d + " " + MONTHS[a.m] + " " + a.y; }
    if (a.y === b.y && a.m === b.m) { return a.d + "\u2013" + b.d + " " + MONTHS[a.m] + " " + a.y; }
    return a.d + " " + MONTHS[a.m] + " " + a.y + " \u2013 " + b.d + " " + MONTHS[b.m] + " " + b.y;
  }

  function tracePath(ctx, shape, x, y, r) {
    var pts = shapePoints(shape, x, y, r);
    if (pts === null) { ctx.moveTo(x + r, y); ctx.arc(x, y, r, 0, 6.283185307179586); return; }
    ctx.moveTo(pts[0][0], pts[0][1]);
    for (var i = 1; i < pts.length; i++) { ctx.lineTo(pts[i][0], pts[i][1]); }
    ctx.closePath();
  }

  /* Many events (thousands to hundreds of thousands) on one canvas, without a Leaflet
     object per event: the data arrives as packed typed arrays (base64), points are
     projected once, drawn in batches by style, and found again for hover and click
     through a grid of screen cells. A click is reported to streamlit-folium like a
     marker click: an object whose tooltip names the event. */
  var PointLayer = L.Layer.extend({
    initialize: function (data) {
      this._d = data;
      var n = data.n;
      this._lat = decode(data.lat, Uint16Array);
      this._lon = decode(data.lon, Uint16Array);
      this._code = decode(data.code, Uint8Array);
      this._radius = decode(data.radius, Uint8Array);
      this._alpha = data.alpha ? decode(data.alpha, Uint8Array) : null;
      this._first = decode(data.first, Uint16Array);
      this._last = decode(data.last, Uint16Array);
      this._deaths = decode(data.deaths, Uint16Array);
      this._place = decode(data.place, data.placeWide ? Uint32Array : Uint16Array);
      this._key = decode(data.key, Int32Array);
      this._n = n;
    },
    onAdd: function (map) {
      this._map = map;
      var n = this._n, px = new Float64Array(n), py = new Float64Array(n), box = this._d.box;
      var latStep = (box[2] - box[0]) / 65535, lonStep = (box[3] - box[1]) / 65535;
      for (var i = 0; i < n; i++) {
        var p = map.project([box[0] + this._lat[i] * latStep, box[1] + this._lon[i] * lonStep], 0);
        px[i] = p.x; py[i] = p.y;
      }
      this._px = px; this._py = py;
      var canvas = this._canvas = L.DomUtil.create("canvas", "atlas-points leaflet-zoom-hide");
      map.getPanes().overlayPane.appendChild(canvas);
      this._tip = L.DomUtil.create("div", "leaflet-tooltip atlas-point-tip", map.getContainer());
      this._tip.style.display = "none";
      map.on("moveend zoomend resize viewreset", this._reset, this);
      map.on("mousemove", this._hover, this);
      map.on("mouseout", this._hideTip, this);
      map.on("click", this._click, this);
      this._reset();
      map.getContainer().dataset.atlasEvents = String(n);
    },
    onRemove: function (map) {
      map.off("moveend zoomend resize viewreset", this._reset, this);
      map.off("mousemove", this._hover, this);
      map.off("mouseout", this._hideTip, this);
      map.off("click", this._click, this);
      L.DomUtil.remove(this._canvas);
      L.DomUtil.remove(this._tip);
    },
    _reset: function () {
      var map = this._map, size = map.getSize(), ratio = root.devicePixelRatio || 1;
      var topLeft = map.containerPointToLayerPoint([0, 0]);
      L.DomUtil.setPosition(this._canvas, topLeft);
      this._canvas.width = size.x * ratio; this._canvas.height = size.y * ratio;
      this._canvas.style.width = size.x + "px"; this._canvas.style.height = size.y + "px";
      var ctx = this._canvas.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      this._draw(ctx, size);
    },
    _draw: function (ctx, size) {
      var map = this._map, scale = map.getZoomScale(map.getZoom(), 0);
      var origin = map.getPixelOrigin(), topLeft = map.containerPointToLayerPoint([0, 0]);
      var ox = origin.x + topLeft.x, oy = origin.y + topLeft.y;
      var n = this._n, groups = {}, sx = this._sx = new Float32Array(n), sy = this._sy = new Float32Array(n);
      var grid = this._grid = {}, cell = 24, shown = 0;
      for (var i = 0; i < n; i++) {
        var x = this._px[i] * scale - ox, y = this._py[i] * scale - oy, r = this._radius[i] / 4;
        sx[i] = x; sy[i] = y;
        if (x < -r || y < -r || x > size.x + r || y > size.y + r) { continue; }
        shown++;
        var a = this._alpha ? this._alpha[i] >> 6 : 3;
        var key = this._code[i] | (a << 8);
        (groups[key] = groups[key] || []).push(i);
        var gk = ((x / cell) | 0) + ":" + ((y / cell) | 0);
        (grid[gk] = grid[gk] || []).push(i);
      }
      this._shown = shown;
      var types = this._d.types;
      Object.keys(groups).forEach(function (k) {
        k = Number(k);
        var code = k & 255, alpha = ((k >> 8) + 1) / 4;
        var st = AtlasMap.styles[types[code & 7]] || AtlasMap.styles.other;
        var gp = ((code >> 3) & 3) + 1, reviewed = (code >> 5) & 1;
        ctx.globalAlpha = alpha;
        ctx.fillStyle = st.color;
        ctx.strokeStyle = reviewed ? st.stroke : "#c77c00";
        ctx.lineWidth = reviewed ? 1.4 : 2.6;
        ctx.setLineDash(gp === 1 ? [] : gp === 2 ? [5, 3] : [2, 3]);
        ctx.beginPath();
        var idx = groups[k];
        for (var j = 0; j < idx.length; j++) {
          var q = idx[j];
          tracePath(ctx, st.shape, sx[q], sy[q], Math.max(this._radius[q] / 4, 1));
        }
        var fill = gp === 1 ? 0.85 : gp === 2 ? 0.35 : 0;
        if (fill > 0) { ctx.globalAlpha = alpha * fill; ctx.fill(); ctx.globalAlpha = alpha; }
        ctx.stroke();
      }, this);
      ctx.globalAlpha = 1; ctx.setLineDash([]);
    },
    _find: function (point) {
      var cell = 24, cx = (point.x / cell) | 0, cy = (point.y / cell) | 0, best = -1, bestD = Infinity, here = 0;
      for (var gx = cx - 2; gx <= cx + 2; gx++) {
        for (var gy = cy - 2; gy <= cy + 2; gy++) {
          var list = this._grid[gx + ":" + gy];
          if (!list) { continue; }
          for (var j = 0; j < list.length; j++) {
            var i = list[j], dx = this._sx[i] - point.x, dy = this._sy[i] - point.y;
            var d = Math.sqrt(dx * dx + dy * dy), reach = this._radius[i] / 4 + 3;
            if (d <= reach) { here++; if (d < bestD) { bestD = d; best = i; } }
          }
        }
      }
      return { index: best, count: here };
    },
    tooltipHtml: function (i, count) {
      var d = this._d, code = this._code[i], type = d.types[code & 7];
      var gp = ((code >> 3) & 3) + 1, reviewed = (code >> 5) & 1, tp = ((code >> 6) & 3) + 1;
      var deaths = this._deaths[i] !== 65535 ? "<br>Fatalities: " + this._deaths[i] : "";
      var more = count > 1 ? "<br><small>" + count + " events here: zoom in or filter to tell them apart</small>" : "";
      return "<b>" + d.typeLabels[type] + "</b><br>" + dateLabel(this._first[i] + d.day0, this._last[i] + d.day0, tp) +
        " \u00b7 " + d.places[this._place[i]] + " <i>(" + d.gpLabels[gp] + ")</i>" + deaths +
        "<br><i>" + (reviewed ? "reviewed" : "machine-extracted, not reviewed") + "</i>" + more +
        "<br><span class='atlas-tip-id'>id: #" + this._key[i] + "</span>";
    },
    _hover: function (e) {
      if (!this._grid) { return; }
      var hit = this._find(e.containerPoint);
      if (hit.index < 0) { this._hideTip(); this._map.getContainer().style.cursor = ""; return; }
      this._map.getContainer().style.cursor = "pointer";
      this._tip.innerHTML = this.tooltipHtml(hit.index, hit.count);
      this._tip.style.display = "block";
      var size = this._map.getSize(), w = this._tip.offsetWidth, h = this._tip.offsetHeight;
      var x = e.containerPoint.x + 14, y = e.containerPoint.y - 10;
      if (x + w > size.x) { x = Math.max(0, e.containerPoint.x - 14 - w); }  /* keep it inside the map */
      if (y + h > size.y) { y = Math.max(0, size.y - h); }
      this._tip.style.left = x + "px";
      this._tip.style.top = y + "px";
    },
    _hideTip: function () { if (this._tip) { this._tip.style.display = "none"; } },
    _click: function (e) {
      var hit = this._find(e.containerPoint);
      if (hit.index < 0) { return; }
      var html = this.tooltipHtml(hit.index, hit.count);
      var target = { _tooltip: { _content: html }, getTooltip: function () { return { getContent: function () { return html; } }; } };
      this.fire("click", { latlng: e.latlng, containerPoint: e.containerPoint, sourceTarget: target });
    },
    /* Screen positions of drawn events, for tests and "show me" links. */
    points: function (limit) {
      var out = [], size = this._map.getSize();
      for (var i = 0; i < this._n && out.length < (limit || 50); i++) {
        if (this._sx[i] >= 0 && this._sy[i] >= 0 && this._sx[i] <= size.x && this._sy[i] <= size.y) {
          out.push({ id: "#" + this._key[i], x: this._sx[i], y: this._sy[i] });
        }
      }
      return out;
    }
  });

  var AtlasMap = {
    styles: {},
    layers: [],

    pointLayer: function (data) {
      var layer = new PointLayer(data);
      AtlasMap.layers = [layer];
      return layer;
    },

    /* Screen positions of the events drawn now, whichever layer draws them. */
    points: function (limit) {
      var layer = AtlasMap.layers[0];
      return layer && layer._map ? layer.points(limit) : [];
    },

    eventLayer: function (data, opts) {
      opts = opts || {};
      var idx = columns(data);
      var group = L.featureGroup();
      var renderer = L.canvas({ padding: 0.5 });
      var byPoint = {};
      data.rows.forEach(function (r) {
        var st = AtlasMap.styles[r[idx.type]] || AtlasMap.styles.other;
        var gp = r[idx.gp], reviewed = r[idx.rv], alpha = r[idx.alpha];
        var latlng = L.latLng(r[idx.lat], r[idx.lon]);
        var m = new L.AtlasMarker(latlng, {
          renderer: renderer,
          shape: st.shape,
          radius: r[idx.radius],
          color: reviewed ? st.stroke : "#c77c00",
          weight: reviewed ? 1.4 : 2.6,
          opacity: alpha,
          fillColor: st.color,
          fillOpacity: (gp === 1 ? 0.85 : gp === 2 ? 0.35 : 0.0) * alpha,
          dashArray: gp === 1 ? null : (gp === 2 ? "5 3" : "2 3"),
          bubblingMouseEvents: false
        });
        m.atlasId = r[idx.id];
        m.atlasTrue = latlng;
        if (idx.hl !== undefined && r[idx.hl]) {
          /* a highlighted event (a briefing step's subject): a dark ring that follows the marker */
          var ring = L.circleMarker(latlng, {
            renderer: renderer, radius: r[idx.radius] + 6, color: "#111", weight: 3, opacity: 0.9,
            fill: false, interactive: false
          });
          m.atlasRing = ring;
          group.addLayer(ring);
          var moveRing = m.setLatLng;
          m.setLatLng = function (ll) { ring.setLatLng(ll); return moveRing.call(this, ll); };
        }
        m.bindTooltip(r[idx.tip], { sticky: true, direction: "top", opacity: 0.95 });
        if (opts.popups && idx.popup !== undefined) { m.bindPopup(r[idx.popup], { maxWidth: 380 }); }
        group.addLayer(m);
        var key = latlng.lat.toFixed(5) + "," + latlng.lng.toFixed(5);
        (byPoint[key] = byPoint[key] || []).push(m);
      });
      group.points = function (limit) {
        var out = [], map = group._map, size = map.getSize();
        group.eachLayer(function (m) {
          if (out.length >= (limit || 50)) { return; }
          var p = map.latLngToContainerPoint(m.getLatLng());
          if (p.x >= 0 && p.y >= 0 && p.x <= size.x && p.y <= size.y) { out.push({ id: m.atlasId, x: p.x, y: p.y }); }
        });
        return out;
      };
      group.on("add", function () { group._map.getContainer().dataset.atlasEvents = String(data.rows.length); });
      AtlasMap.layers = [group];
      if (opts.spread !== false && data.rows.length <= (opts.spreadLimit || 5000)) {
        var sp = spreader(byPoint);
        group.on("add", function () {
          var map = group._map;
          sp.lines.addTo(map);
          sp.layout(map);
          group._atlasZoom = function () { sp.layout(map); };
          map.on("zoomend", group._atlasZoom);
        });
        group.on("remove", function () {
          if (group._atlasZoom && sp.lines._map) { sp.lines._map.off("zoomend", group._atlasZoom); }
          sp.lines.remove();
        });
      }
      return group;
    },

    /* For standalone exports: every event is in the page and a control picks the window,
       so the file keeps its time slider with no server. */
    timedEventLayer: function (data, opts) {
      var idx = columns(data), holder = L.layerGroup(), current = null;
      var span = opts.span, win = opts.window.slice(), asof = opts.mode === "asof";
      var control = L.control({ position: "topleft" }), box, label, lo, hi, play, timer = null;
      function day(n) { var d = new Date(n * 86400000); return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear(); }
      function redraw() {
        var rows = data.rows.filter(function (r) {
          return asof ? r[idx.d0] <= win[1] : (r[idx.d0] <= win[1] && r[idx.d1] >= win[0]);
        }).map(function (r) {
          if (!asof) { return r; }
          var copy = r.slice(), age = win[1] - r[idx.d0];
          copy[idx.alpha] = Math.max(0.25, Math.min(1, 1 - age / 730 * 0.75));
          return copy;
        });
        if (current) { holder.removeLayer(current); }
        current = AtlasMap.eventLayer({ cols: data.cols, rows: rows }, opts);
        holder.addLayer(current);
        var windowText = asof ? "As of " + day(win[1]) : day(win[0]) + " \u2013 " + day(win[1]);
        label.innerHTML = (opts.title ? "<b>" + opts.title + "</b><br>" : "") + windowText +
          "<small>" + rows.length + " event" + (rows.length === 1 ? "" : "s") + " in view</small>";
        document.querySelectorAll(".atlas-sheet-window").forEach(function (el) { el.textContent = windowText; });
        if (holder._map) {
          holder._map.getContainer().dataset.atlasEvents = String(rows.length);
          holder._map._atlasDay = win[1];
          holder._map.fire("atlaswindow", { day: win[1] });
        }
      }
      function slider(value) {
        var input = L.DomUtil.create("input", "atlas-time-range", box);
        input.type = "range"; input.min = span[0]; input.max = span[1]; input.step = 1; input.value = value;
        return input;
      }
      control.onAdd = function () {
        box = L.DomUtil.create("div", "atlas-stamp atlas-time");
        label = L.DomUtil.create("div", "atlas-time-label", box);
        if (!asof) { lo = slider(win[0]); }
        hi = slider(win[1]);
        play = L.DomUtil.create("button", "atlas-time-play", box);
        play.type = "button"; play.textContent = "\u25b6 Play";
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        function read() {
          var a = lo ? Number(lo.value) : span[0], b = Number(hi.value);
          win = [Math.min(a, b), Math.max(a, b)];
          redraw();
        }
        if (lo) { lo.addEventListener("input", read); }
        hi.addEventListener("input", read);
        play.addEventListener("click", function () {
          if (timer) { clearInterval(timer); timer = null; play.textContent = "\u25b6 Play"; return; }
          play.textContent = "\u23f8 Pause";
          var width = win[1] - win[0];
          timer = setInterval(function () {
            if (win[1] + 30 > span[1]) { clearInterval(timer); timer = null; play.textContent = "\u25b6 Play"; return; }
            win = [win[0] + (asof ? 0 : 30), win[1] + 30];
            if (!asof && win[1] - win[0] !== width) { win[0] = win[1] - width; }
            if (lo) { lo.value = win[0]; }
            hi.value = win[1];
            redraw();
          }, 700);
        });
        return box;
      };
      holder.on("add", function () { control.addTo(holder._map); redraw(); });
      holder.on("remove", function () { control.remove(); if (timer) { clearInterval(timer); } });
      AtlasMap.layers = [holder];
      holder.points = function (limit) { return current && current.points ? current.points(limit) : []; };
      return holder;
    },

    areaLabels: function (data) {
      var idx = columns(data), group = L.layerGroup();
      data.rows.forEach(function (r, i) {
        var html = '<span class="atlas-area-text" style="transform: translate(-50%, ' + r[idx.below] + 'px)">' +
          ranked(r[idx.label], 300 + i) + "</span>";
        L.marker([r[idx.lat], r[idx.lon]], {
          interactive: false, keyboard: false,
          icon: L.divIcon({ className: "atlas-area-label", html: html, iconSize: null, iconAnchor: [0, 0] })
        }).addTo(group);
      });
      group.on("add", function () { watchLabels(group._map); });
      return group;
    },

    mentionLayer: function (data) {
      var idx = columns(data);
      var group = L.featureGroup();
      var renderer = L.canvas({ padding: 0.5 });
      data.rows.forEach(function (r) {
        L.circleMarker([r[idx.lat], r[idx.lon]], {
          renderer: renderer, radius: r[idx.radius], color: "#4d4d4d", weight: 1,
          fillColor: "#ffffff", fillOpacity: 0.9, bubblingMouseEvents: false
        }).bindTooltip(r[idx.tip], { sticky: true }).addTo(group);
      });
      return group;
    },

    /* Rows with "states" ([day the holder took over or null, colour, tooltip], in date order)
       follow the page's own time slider (the "atlaswindow" map event). */
    baseLayer: function (data) {
      var idx = columns(data);
      var group = L.featureGroup(), timed = [];
      function apply(day) {
        timed.forEach(function (t) {
          var state = t.states[0];
          t.states.forEach(function (s) { if (s[0] === null || s[0] <= day) { state = s; } });
          t.marker.setStyle({ fillColor: state[1] });
          t.marker.setTooltipContent(state[2]);
        });
      }
      data.rows.forEach(function (r) {
        var m = new L.AtlasMarker([r[idx.lat], r[idx.lon]], {
          shape: "square", radius: 9, color: "#111", weight: 2.2,
          fillColor: r[idx.color], fillOpacity: 0.95, bubblingMouseEvents: false
        });
        m.bindTooltip(r[idx.tip], { sticky: true, direction: "top" });
        if (idx.states !== undefined) { timed.push({ marker: m, states: r[idx.states] }); }
        group.addLayer(m);
        L.marker([r[idx.lat], r[idx.lon]], {
          interactive: false,
          icon: L.divIcon({ className: "atlas-base-label", html: ranked(r[idx.label], 10 + group.getLayers().length), iconSize: null, iconAnchor: [-12, 8] })
        }).addTo(group);
      });
      group.on("add", function () { watchLabels(group._map); });
      if (timed.length) {
        var onWindow = function (e) { apply(e.day); };
        group.on("add", function () {
          group._map.on("atlaswindow", onWindow);
          if (group._map._atlasDay !== undefined) { apply(group._map._atlasDay); }
        });
        group.on("remove", function () { group._map.off("atlaswindow", onWindow); });
      }
      AtlasMap.bases = group;
      return group;
    },

    /* Town labels in the order given, the first (the capital) outranking the base labels. */
    labels: function (rows) {
      var group = L.layerGroup();
      rows.forEach(function (r, i) {
        L.circleMarker([r[0], r[1]], { radius: 2.5, color: "#222", weight: 1, fillColor: "#222", fillOpacity: 1, interactive: false }).addTo(group);
        L.marker([r[0], r[1]], {
          interactive: false, keyboard: false,
          icon: L.divIcon({ className: "atlas-town-label", html: ranked(r[2], i === 0 ? 0 : 100 + i), iconSize: null, iconAnchor: [-5, 7] })
        }).addTo(group);
      });
      group.on("add", function () { watchLabels(group._map); });
      return group;
    },

    /* The date window printed on the map; it belongs to a layer group so that it is
       replaced, not duplicated, when the window changes. */
    attachStamp: function (group, html) {
      var control = L.control({ position: "topleft" });
      control.onAdd = function () {
        var div = L.DomUtil.create("div", "atlas-stamp");
        div.innerHTML = html;
        return div;
      };
      group.on("add", function () { control.addTo(group._map); });
      group.on("remove", function () { control.remove(); });
    },

    legend: function (map, html, position) {
      var control = L.control({ position: position || "bottomright" });
      control.onAdd = function () {
        var div = L.DomUtil.create("div", "atlas-legend");
        div.innerHTML = html;
        L.DomEvent.disableClickPropagation(div);
        return div;
      };
      control.addTo(map);
      return control;
    }
  };
  root.AtlasMap = AtlasMap;
})(window);
