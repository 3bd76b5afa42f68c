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

  var AtlasMap = {
    styles: {},

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
        m.bindTooltip(r[idx.tip], { sticky: true, direction: "top", opacity: 0.95 });
        if (opts.popups && idx.popup !== undefined) { m.bindPopup(r[idx.popup], { maxWidth: 380 }); }
        group.addLayer(m);
        var key = latlng.lat.toFixed(5) + "," + latlng.lng.toFixed(5);
        (byPoint[key] = byPoint[key] || []).push(m);
      });
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

    baseLayer: function (data) {
      var idx = columns(data);
      var group = L.featureGroup();
      data.rows.forEach(function (r) {
        var m = new L.AtlasMarker([r[idx.lat], r[idx.lon]], {
          shape: "square", radius: 9, color: "#111", weight: 2.2,
          fillColor: r[idx.color], fillOpacity: 0.95, bubblingMouseEvents: false
        });
        m.bindTooltip(r[idx.tip], { sticky: true, direction: "top" });
        group.addLayer(m);
        L.marker([r[idx.lat], r[idx.lon]], {
          interactive: false,
          icon: L.divIcon({ className: "atlas-base-label", html: r[idx.label], iconSize: null, iconAnchor: [-12, 8] })
        }).addTo(group);
      });
      return group;
    },

    labels: function (rows) {
      var group = L.layerGroup();
      rows.forEach(function (r) {
        L.circleMarker([r[0], r[1]], { radius: 2.5, color: "#222", weight: 1, fillColor: "#222", fillOpacity: 1, interactive: false }).addTo(group);
        L.marker([r[0], r[1]], {
          interactive: false, keyboard: false,
          icon: L.divIcon({ className: "atlas-town-label", html: r[2], iconSize: null, iconAnchor: [-5, 7] })
        }).addTo(group);
      });
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
