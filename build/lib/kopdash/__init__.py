"""kopdash: a monitoring dashboard for Indonesian cooperative offices; the library below app.py and pages/."""
