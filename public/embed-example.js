// The example page's button: a separate file, so the page runs under a CSP without 'unsafe-inline'.
document.getElementById('show-claimed').addEventListener('click', function () {
  window.TerritoryScenarios.set(document.getElementById('plan'), { scenario: 'claimed' });
});
