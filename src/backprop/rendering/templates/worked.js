// Shows one stage (forward pass, backward pass, update of one step) at a time. Without this
// script every stage is shown, one after another, so the page reads completely without it.
(function () {
  "use strict";
  var stages = Array.prototype.slice.call(document.querySelectorAll("section.stage"));
  var nav = document.getElementById("stepper");
  if (!stages.length || !nav) {
    return;
  }
  var select = document.getElementById("stage-select");
  var previous = document.getElementById("stage-previous");
  var next = document.getElementById("stage-next");
  var showAll = document.getElementById("show-all");
  var status = document.getElementById("stage-status");
  var current = 0;

  stages.forEach(function (stage, index) {
    var option = document.createElement("option");
    option.value = String(index);
    option.textContent = stage.getAttribute("data-title");
    select.appendChild(option);
  });

  function show(index) {
    current = Math.max(0, Math.min(stages.length - 1, index));
    stages.forEach(function (stage, position) {
      stage.hidden = !showAll.checked && position !== current;
    });
    select.value = String(current);
    previous.disabled = current === 0;
    next.disabled = current === stages.length - 1;
    status.textContent = stages[current].getAttribute("data-title") +
      " (" + (current + 1) + " of " + stages.length + ")";
    document.body.setAttribute("data-current", stages[current].id);
    if (stages[current].getBoundingClientRect().top < 0) {
      stages[current].scrollIntoView();
    }
  }

  previous.addEventListener("click", function () { show(current - 1); });
  next.addEventListener("click", function () { show(current + 1); });
  select.addEventListener("change", function () { show(Number(select.value)); });
  showAll.addEventListener("change", function () { show(current); });
  document.addEventListener("keydown", function (event) {
    var tag = event.target && event.target.tagName;
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") {
      return;
    }
    if (event.key === "ArrowRight") { show(current + 1); }
    if (event.key === "ArrowLeft") { show(current - 1); }
  });

  var start = stages.findIndex(function (stage) { return "#" + stage.id === window.location.hash; });
  nav.hidden = false;
  show(start < 0 ? 0 : start);
}());
