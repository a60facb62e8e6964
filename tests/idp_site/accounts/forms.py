"""Reading an admin form's current values from its HTML, to post it back changed, as a
browser would (every field the page holds, not a hand-written subset)."""

from bs4 import BeautifulSoup


def _input_value(field):
    kind = field.get("type", "text")
    if kind in ("submit", "button", "file", "image"):
        return None
    if kind in ("checkbox", "radio") and not field.has_attr("checked"):
        return None
    return field.get("value", "on" if kind in ("checkbox", "radio") else "")


def form_data(html, selector="form[method=post i]"):
    """`{name: [values]}` of the first form matching `selector`, as it would be sent."""
    data = {}
    form = BeautifulSoup(html, "html.parser").select_one(selector)
    for field in form.select("input[name], select[name], textarea[name]"):
        if field.name == "input":
            value = _input_value(field)
            values = [] if value is None else [value]
        elif field.name == "textarea":
            values = [field.text]
        else:
            chosen = field.select("option[selected]")
            values = [option.get("value", option.text) for option in chosen]
        data.setdefault(field["name"], []).extend(values)
    return {name: values for name, values in data.items() if values}


def form_errors(html):
    """The error messages a form page shows (to explain a refused post)."""
    soup = BeautifulSoup(html, "html.parser")
    return [error.get_text(" ", strip=True) for error in soup.select(".error-message, .error")]
