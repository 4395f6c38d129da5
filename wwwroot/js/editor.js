// The article editor keeps what the editor types: it warns before leaving with unsaved changes, and keeps an
// unsaved copy of the form in this browser's storage, offered back after a crash or a closed tab.
(() => {
  "use strict";
  const form = document.querySelector("form[data-draft]");
  if (!form || !window.localStorage) {
    return;
  }
  const key = "portal:draft:" + form.dataset.draft;
  const submittedKey = "portal:submitted:" + form.dataset.draft;
  const state = form.querySelector(".save-state");
  let dirty = false;
  let submitting = false;

  const fields = () => Array.from(form.elements).filter((field) =>
    field.name && !field.disabled && field.type !== "hidden" && field.type !== "file" && field.type !== "submit" && field.type !== "button");

  const snapshot = () => {
    const values = {};
    for (const field of fields()) {
      values[field.name] = field.type === "checkbox" ? field.checked : field.value;
    }
    return values;
  };

  const show = (text) => {
    if (state) {
      state.textContent = text;
    }
  };

  const keep = () => {
    try {
      localStorage.setItem(key, JSON.stringify({ at: new Date().toISOString(), values: snapshot() }));
    } catch {
      // Storage full or refused: the guard below still warns before leaving.
    }
  };

  const restore = (values) => {
    for (const field of fields()) {
      if (Object.prototype.hasOwnProperty.call(values, field.name)) {
        if (field.type === "checkbox") {
          field.checked = values[field.name] === true;
        } else {
          field.value = values[field.name];
        }
      }
    }
    dirty = true;
    show("Unsaved changes (restored)");
  };

  const offer = (draft) => {
    const banner = document.createElement("div");
    banner.className = "draft-offer";
    banner.setAttribute("role", "alert");
    const text = document.createElement("p");
    text.textContent = "This browser kept changes to this article that were never saved (" + new Date(draft.at).toLocaleString() + ").";
    const take = document.createElement("button");
    take.type = "button";
    take.textContent = "Restore my unsaved changes";
    const drop = document.createElement("button");
    drop.type = "button";
    drop.textContent = "Discard them";
    take.addEventListener("click", () => { restore(draft.values); banner.remove(); });
    drop.addEventListener("click", () => { localStorage.removeItem(key); banner.remove(); });
    banner.append(text, take, drop);
    form.prepend(banner);
  };

  // A save that came back without errors or a conflict has kept everything: its draft is done with.
  const refused = form.querySelector(".conflict, .meanwhile, .form-errors li") || Array.from(form.querySelectorAll(".field-error")).some((e) => e.textContent.trim() !== "");
  if (sessionStorage.getItem(submittedKey) && !refused) {
    localStorage.removeItem(key);
  }
  sessionStorage.removeItem(submittedKey);
  const stored = localStorage.getItem(key);
  if (stored) {
    try {
      const draft = JSON.parse(stored);
      const now = snapshot();
      if (Object.keys(draft.values).some((name) => name in now && now[name] !== draft.values[name])) {
        offer(draft);
      } else {
        localStorage.removeItem(key);
      }
    } catch {
      localStorage.removeItem(key);
    }
  }

  let pending;
  form.addEventListener("input", () => {
    dirty = true;
    show("Unsaved changes");
    clearTimeout(pending);
    pending = setTimeout(keep, 400);
  });
  form.addEventListener("change", () => {
    dirty = true;
    show("Unsaved changes");
    keep();
  });
  form.addEventListener("submit", () => {
    submitting = true;
    if (dirty) {
      keep();
    }
    sessionStorage.setItem(submittedKey, "1");
  });
  window.addEventListener("beforeunload", (event) => {
    if (dirty && !submitting) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
})();

// Speaker pickers list the story's people; a search box beside each finds anyone else through the API.
(() => {
  "use strict";
  const pickers = document.querySelectorAll("select[data-people-search]");
  pickers.forEach((select, index) => {
    const group = Array.from(select.querySelectorAll("optgroup")).find((g) => g.label === "People");
    const box = document.createElement("input");
    box.type = "search";
    box.placeholder = "find a person…";
    box.setAttribute("aria-label", "Find a person for quote " + (index + 1));
    box.className = "people-search";
    select.before(box);
    let pending;
    let asked = 0;
    box.addEventListener("input", () => {
      clearTimeout(pending);
      const term = box.value.trim();
      if (term.length < 2) {
        return;
      }
      pending = setTimeout(async () => {
        const ask = ++asked;
        const response = await fetch("/api/people?pageSize=20&q=" + encodeURIComponent(term), { headers: { Accept: "application/json" } });
        if (!response.ok || ask !== asked) {
          return;
        }
        const found = (await response.json()).items;
        let target = group;
        if (!target) {
          target = document.createElement("optgroup");
          target.label = "People";
          select.append(target);
        }
        for (const person of found) {
          const value = "person:" + person.slug;
          if (!Array.from(select.options).some((o) => o.value === value)) {
            target.append(new Option(person.name + (person.title ? ", " + person.title : ""), value));
          }
        }
        const first = found.length > 0 ? "person:" + found[0].slug : null;
        if (first) {
          select.value = first;
          select.dispatchEvent(new Event("change", { bubbles: true }));
        }
      }, 200);
    });
  });
})();

// Presence: the page says every few seconds that it is open, and shows who else has the article open.
(() => {
  "use strict";
  const line = document.querySelector("[data-presence]");
  const token = document.querySelector("form[data-draft] input[name=__RequestVerificationToken]");
  if (!line || !token) {
    return;
  }
  const beat = async () => {
    try {
      const response = await fetch(line.dataset.presence, { method: "POST", headers: { RequestVerificationToken: token.value } });
      if (response.ok) {
        const others = (await response.json()).alsoEditing;
        line.textContent = others.length === 0 ? "" : "Also editing now: " + others.join(", ");
      }
    } catch {
      // Offline for a moment: the next beat tries again.
    }
  };
  setInterval(beat, Number(line.dataset.every) || 20000);
})();
