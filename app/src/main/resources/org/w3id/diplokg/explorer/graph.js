// The network view: draws the neighbourhood the page embeds, and grows it on request.
// Every label comes from the data and is set as text (Cytoscape draws on a canvas; the panel uses textContent).
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('graph-data').dataset.graph);
  var panel = document.getElementById('node-panel');
  var list = document.getElementById('node-list');
  var hideHubs = document.getElementById('hide-hubs');
  var kindColours = { country: '#a4262c', organization: '#1f5fa8', outlet: '#5a7fb0', agreement: '#2e7d4f',
    initiative: '#b8660b', region: '#7a3e9d', person: '#4b5563', event: '#0f766e', other: '#8a8f99' };
  var added = {};          // node id -> ids of the nodes its expansion added
  var selected = null;

  var cy = cytoscape({
    container: document.getElementById('cy'),
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
          'label': 'data(caption)', 'font-size': 13, 'min-zoomed-font-size': 6, 'text-valign': 'bottom', 'text-margin-y': 3,
          'font-family': 'Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif', 'color': '#1d2330',
          'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
          'background-color': function (n) { return kindColours[n.data('kind')] || kindColours.other; },
          'width': 'mapData(statements, 0, 120, 14, 40)', 'height': 'mapData(statements, 0, 120, 14, 40)' } },
      { selector: 'node[?hub]', style: { 'shape': 'hexagon', 'border-width': 3, 'border-color': '#f0b400' } },
      { selector: 'node[?expanded]', style: { 'border-width': 3, 'border-color': '#1d2330' } },
      { selector: 'node:selected', style: { 'overlay-color': '#f0b400', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
      { selector: 'edge', style: {
          'label': 'data(label)', 'font-size': 11, 'color': '#5b6474', 'curve-style': 'bezier',
          'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85,
          'width': 1.5, 'line-color': '#c3c8d2' } },
      { selector: 'edge[kind = "relation"]', style: { 'line-color': '#b8660b', 'line-style': 'dashed', 'color': '#8a4b06' } }
    ]
  });

  function caption(node) {
    return node.label + ' (' + node.statements + ')';
  }

  function merge(graph, from) {
    var fresh = [];
    cy.batch(function () {
      graph.nodes.forEach(function (node) {
        if (cy.getElementById(node.id).empty()) {
          node.caption = caption(node);
          cy.add({ group: 'nodes', data: node });
          fresh.push(node.id);
        }
      });
      graph.edges.forEach(function (edge) {
        if (cy.getElementById(edge.id).empty()) {
          cy.add({ group: 'edges', data: edge });
        }
      });
    });
    added[from] = fresh;
    cy.getElementById(from).data('expanded', true);
  }

  function layout(first) {
    if (first) {
      // A star: the entity in the middle, its neighbours around it, the most named nearest.
      cy.layout({ name: 'concentric', animate: false, minNodeSpacing: 28, padding: 20,
        concentric: function (n) { return n.id() === data.center ? 2 : 1; }, levelWidth: function () { return 1; } }).run();
      return;
    }
    cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: function () { return 400000; },
      idealEdgeLength: function () { return 90; }, nodeOverlap: 20, padding: 20, componentSpacing: 60 }).run();
  }

  function applyHubs() {
    cy.nodes('[?hub]').forEach(function (n) {
      var hide = hideHubs.checked && n.id() !== data.center;
      n.style('display', hide ? 'none' : 'element');
    });
    renderList();
  }

  function element(tag, text, attributes) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    Object.keys(attributes || {}).forEach(function (k) { e.setAttribute(k, attributes[k]); });
    return e;
  }

  function select(node) {
    selected = node;
    cy.nodes().unselect();
    node.select();
    panel.textContent = '';
    var d = node.data();
    panel.appendChild(element('h3', d.label));
    panel.appendChild(element('p', (d.kindName ? d.kindName + ' · ' : '') + d.statements + ' statements · named with '
        + d.neighbours + ' others' + (d.hub ? ' (a hub)' : ''), { 'class': 'note' }));
    var actions = element('div', null, { 'class': 'actions' });
    if (d.expanded) {
      var collapse = element('button', 'Collapse', { type: 'button', id: 'collapse-node' });
      collapse.addEventListener('click', function () { collapseNode(node); });
      actions.appendChild(collapse);
    } else {
      var expand = element('button', 'Expand (' + Math.min(d.neighbours, 20) + ' of ' + d.neighbours + ' neighbours)',
          { type: 'button', id: 'expand-node' });
      expand.addEventListener('click', function () { expandNode(node); });
      actions.appendChild(expand);
    }
    actions.appendChild(element('a', 'Open its page', { href: d.page, id: 'open-node' }));
    panel.appendChild(actions);
    renderList();
  }

  function expandNode(node) {
    var status = element('p', 'Loading…', { 'class': 'note' });
    panel.appendChild(status);
    fetch(node.data('expand'), { headers: { Accept: 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(function (graph) {
        merge(graph, node.id());
        showQueries(node.data('label'), graph.queries);
        layout();
        applyHubs();
        select(node);
      })
      .catch(function (error) { status.textContent = 'Could not expand: ' + error.message; });
  }

  function collapseNode(node) {
    (added[node.id()] || []).forEach(function (id) {
      var other = cy.getElementById(id);
      // Keep what another expansion still ties in: only nodes left with this one edge go.
      if (!other.empty() && !other.data('expanded') && id !== data.center
          && other.connectedEdges().connectedNodes().difference(other).difference(node).empty()) {
        other.remove();
      }
    });
    delete added[node.id()];
    node.data('expanded', false);
    layout();
    select(node);
  }

  function showQueries(label, queries) {
    var section = document.getElementById('expansions');
    var box = document.getElementById('expansion-queries');
    section.hidden = false;
    (queries || []).forEach(function (q) {
      var details = element('details', null, { 'class': 'query' });
      details.appendChild(element('summary', label + ': ' + q.name));
      var pre = element('pre');
      pre.appendChild(element('code', q.sparql));
      details.appendChild(pre);
      box.appendChild(details);
    });
  }

  function renderList() {
    list.textContent = '';
    cy.nodes().filter(function (n) { return n.style('display') !== 'none'; })
      .sort(function (a, b) { return b.data('statements') - a.data('statements'); })
      .forEach(function (n) {
        var item = element('li');
        var button = element('button', n.data('caption') + (n.data('expanded') ? ' ▾' : ''),
            { type: 'button', 'aria-pressed': String(selected !== null && selected.id() === n.id()), 'data-id': n.id() });
        button.addEventListener('click', function () { select(n); });
        item.appendChild(button);
        list.appendChild(item);
      });
  }

  cy.on('tap', 'node', function (event) { select(event.target); });
  cy.on('dbltap', 'node', function (event) { window.location.href = event.target.data('page'); });
  hideHubs.addEventListener('change', applyHubs);
  document.getElementById('relayout').addEventListener('click', function () { layout(false); });

  merge(data, data.center);
  layout(true);
  select(cy.getElementById(data.center));
  window.diplokgGraph = cy; // for the browser tests and the curious
})();
