"""Speed, memory and scale benchmarks (`python -m bench.run`, `python -m bench.corpus`).

Nothing here is imported by the product; heavy measurements run in child processes so
each reports its own peak memory and no measurement inherits another's warm state.
"""
