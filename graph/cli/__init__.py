"""The ``kg`` command line: a thin layer over the library (the only package importing typer)."""
