// The campaign map: the same events as the list on the page (which stays the accessible equivalent),
// as clustered markers. Markers are keyboard reachable (Tab, then Enter opens the popup); every text is
// set as text, never as HTML.
(function () {
  'use strict';
  var element = document.getElementById('events-map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var map = L.map(element, { scrollWheelZoom: false, keyboard: true }).setView([50.5, 10], 4);
  var credit = document.createElement('a');
  credit.href = element.dataset.attributionUrl;
  credit.textContent = element.dataset.attribution;
  L.tileLayer(element.dataset.tiles, { maxZoom: 18, attribution: credit.outerHTML }).addTo(map);
  var cluster = typeof L.markerClusterGroup === 'function'
    ? L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 }) : L.layerGroup();

  function popup(properties) {
    var box = document.createElement('div');
    var title = document.createElement('a');
    title.href = properties.url;
    title.textContent = properties.title + (properties.cancelled ? ' (cancelled)' : '');
    var strong = document.createElement('strong');
    strong.appendChild(title);
    box.appendChild(strong);
    [properties.date + (properties.start ? ' · ' + properties.start : ''), properties.where, properties.programme]
      .forEach(function (line) {
        if (line) {
          var p = document.createElement('div');
          p.textContent = line;
          box.appendChild(p);
        }
      });
    if (properties.award) {
      // the competition's place: its badge, named by its words
      var place = document.createElement('a');
      place.href = properties.award.results;
      place.className = 'award';
      if (properties.award.badge) {
        var badge = document.createElement('img');
        badge.src = properties.award.badge;
        badge.alt = '';
        badge.width = 48;
        badge.height = 48;
        place.appendChild(badge);
      }
      place.appendChild(document.createTextNode(' ' + properties.award.label));
      var line = document.createElement('div');
      line.appendChild(place);
      box.appendChild(line);
    }
    return box;
  }

  fetch(element.dataset.geojson, { headers: { Accept: 'application/geo+json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (collection) {
      var bounds = [];
      collection.features.forEach(function (feature) {
        var lon = feature.geometry.coordinates[0];
        var lat = feature.geometry.coordinates[1];
        var label = feature.properties.title + ', ' + feature.properties.date + ', ' + feature.properties.where;
        var marker = L.marker([lat, lon], { title: label, alt: label, keyboard: true });
        marker.bindPopup(popup(feature.properties));
        marker.on('add', function () {
          var icon = marker.getElement();
          if (icon) {
            icon.setAttribute('aria-label', label);
            icon.dataset.event = feature.id;
          }
        });
        cluster.addLayer(marker);
        bounds.push([lat, lon]);
      });
      map.addLayer(cluster);
      if (bounds.length > 0) {
        map.fitBounds(bounds, { padding: [24, 24], maxZoom: 10 });
      }
      element.dataset.markers = String(collection.features.length);
    })
    .catch(function (error) {
      var note = document.createElement('p');
      note.className = 'error';
      note.textContent = 'The map could not load the events (' + error.message + '); the list below has them all.';
      element.replaceWith(note);
    });
}());
