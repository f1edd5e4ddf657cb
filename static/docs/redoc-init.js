// Starts ReDoc on the schema named by the container (a file, so the Content-Security-Policy needs no inline script).
(function () {
  var el = document.getElementById("redoc-container");
  Redoc.init(el.dataset.schemaUrl, {}, el);
})();
