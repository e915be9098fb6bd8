"""What the MNIST benchmark prints: the sweep table, the tables of each cell, and the goals.

A *cell* is one (batch size, threads) pair, run free or pinned (each child confined to as many CPUs
as threads, ``--pin``); its summary maps each contender to the medians of
``measure.summarise`` plus its ratios to the references of the same cell.
"""

from __future__ import annotations

from . import measure

#: The speed issue's goals, measured by one run of the benchmark. "default" threads means all
#: cores (the largest --threads given); ratios are of median wall seconds per epoch.
GOALS = {
    "vs_jax_default": 0.8,       # batch 128, default threads: backprop / JAX jit
    "vs_torch_default": 0.6,     # batch 128, default threads: backprop / PyTorch eager
    "vs_jax_one_thread": 1.0,    # batch 128, one thread: backprop / JAX jit
    "threads_gain": 0.6,         # batch 128: backprop default threads / backprop one thread
    "per_sample_vs_jax": 1.0,    # batch 1, default threads: backprop / JAX jit
    "per_sample_vs_torch": 0.3,  # batch 1, default threads: backprop / PyTorch eager
    "explain_seconds": 0.3,      # backprop explain, slowest bundled example, start-up included
    "accuracy_band": 0.01,       # how far outside the peers' range backprop's accuracy may lie
    "scaling_spread": 0.10,      # time per sample over the training set tiled 1x, 2x, 4x
    # Peak RSS of backprop's batch-128 run before the speed work of issue 14
    # (results/mnist-2026-12-01.json); it may not grow.
    "peak_rss_mib": 152.0,
}

#: The references every contender's epoch time is divided by, with the key of the ratio.
REFERENCES = {"jax": "vs_jax", "torch": "vs_torch", "torch_compile": "vs_torch_compile",
              "floor": "vs_floor"}


def cell_key(batch: int, threads: int, cpus=None) -> str:
    """The cell's name in the tables and the JSON; ``cpus`` (a pinned cell's CPU numbers) adds them."""
    pinned = f", pinned to CPU {cpu_list(cpus)}" if cpus else ""
    return f"batch {batch}, threads {threads}{pinned}"


def cpu_list(cpus) -> str:
    return ",".join(map(str, cpus))


def summarise_cell(runs: dict) -> dict:
    """{contender: [run per round]} of one cell -> {contender: medians and ratios}."""
    summary = {name: measure.summarise(results) for name, results in runs.items()}
    for name, row in summary.items():
        if "error" in row:
            continue
        for reference, key in REFERENCES.items():
            theirs = summary.get(reference, {"error": None})
            if "error" in theirs:
                continue
            row[key] = row["seconds_per_epoch"] / theirs["seconds_per_epoch"]
            row["cpu_" + key] = row["cpu_seconds_per_epoch"] / theirs["cpu_seconds_per_epoch"]
            row[key + "_same_round"] = measure.same_round_ratios(runs, name, reference)
            row["cpu_" + key + "_same_round"] = measure.same_round_ratios(
                runs, name, reference, "epoch_cpu_seconds")
            row["cpu_" + key + "_best"] = (row["min_cpu_seconds_per_epoch"]
                                           / theirs["min_cpu_seconds_per_epoch"])
    return summary


def threads_gain(cells: dict, runs: dict, batch: int, threads: list[int]) -> dict | None:
    """backprop at the most threads / backprop at one thread, for ``batch`` (None if not run)."""
    one, most = cell_key(batch, 1), cell_key(batch, max(threads))
    if max(threads) == 1 or one not in cells or most not in cells:
        return None
    mine, theirs = cells[most].get("backprop", {}), cells[one].get("backprop", {})
    if "error" in mine or "error" in theirs or not mine or not theirs:
        return None
    same_round = measure.same_round_ratios({"most": runs[most]["backprop"], "one": runs[one]["backprop"]},
                                           "most", "one")
    return {"ratio": mine["seconds_per_epoch"] / theirs["seconds_per_epoch"], "same_round": same_round,
            "cpu_ratio": mine["cpu_seconds_per_epoch"] / theirs["cpu_seconds_per_epoch"]}


def _cell(value, form: str) -> str:
    return measure._cell(value, form)


def sweep_table(cells: dict, batches: list[int], threads: list[int], gains: dict,
                pinned: dict | None = None) -> str:
    """One row per (batch, threads), then per pinned (batch, threads) where ``pinned`` ({threads:
    CPUs}) has one: median s/epoch of the main contenders and backprop's ratios."""
    pinned = pinned or {}
    names = ("backprop", "jax", "torch", "torch_compile", "numpy_preallocated", "floor")
    heads = ("backprop", "JAX jit", "PyTorch eager", "torch.compile", "NumPy prealloc.", "floor")
    lines = ["| batch | threads | " + " | ".join(f"{h} s/epoch" for h in heads)
             + " | backprop / JAX | backprop / PyTorch | backprop / torch.compile"
             " | backprop / its 1 thread | backprop test acc. |",
             "|---:|---:|" + "---:|" * (len(heads) + 5)]
    for batch in batches:
        for count, cpus in [(count, cpus) for count in threads
                            for cpus in ((None, pinned[count]) if count in pinned else (None,))]:
            summary = cells.get(cell_key(batch, count, cpus))
            if summary is None:
                continue
            mine = summary.get("backprop", {})
            seconds = [_cell(summary.get(name, {}).get("seconds_per_epoch"), ".3f") for name in names]
            gain = gains.get(batch) if count == max(threads) and count > 1 and cpus is None else None
            shown = f"{count} on CPU {cpu_list(cpus)}" if cpus else str(count)
            lines.append(f"| {batch} | {shown} | " + " | ".join(seconds)
                         + f" | {_cell(mine.get('vs_jax'), '.2f')} | {_cell(mine.get('vs_torch'), '.2f')}"
                         f" | {_cell(mine.get('vs_torch_compile'), '.2f')}"
                         f" | {_cell(gain and gain['ratio'], '.2f')}"
                         f" | {_cell(mine.get('test_accuracy'), '.4f')} |")
    return "\n".join(lines)


def cell_table(summary: dict, labels: dict) -> str:
    """Every contender of one cell, with times, ratios, accuracy and memory."""
    lines = [
        "| contender | s/epoch (median) | vs JAX | vs PyTorch | vs torch.compile | vs floor "
        "| CPU s/epoch | CPU vs JAX | first epoch s | test accuracy | peak RSS MiB "
        "| minor faults / training epoch |",
        "|---|" + "---:|" * 11,
    ]
    for name, row in summary.items():
        if "error" in row:
            lines.append(f"| {labels.get(name, name)} | failed: {row['error']} |" + " |" * 10)
            continue
        lines.append(
            f"| {labels.get(name, name)} | {_cell(row['seconds_per_epoch'], '.3f')} "
            f"| {_cell(row.get('vs_jax'), '.2f')} | {_cell(row.get('vs_torch'), '.2f')} "
            f"| {_cell(row.get('vs_torch_compile'), '.2f')} | {_cell(row.get('vs_floor'), '.2f')} "
            f"| {_cell(row['cpu_seconds_per_epoch'], '.3f')} | {_cell(row.get('cpu_vs_jax'), '.2f')} "
            f"| {_cell(row['first_epoch_seconds'], '.3f')} | {_cell(row['test_accuracy'], '.4f')} "
            f"| {_cell(row['peak_rss_mib'], '.0f')} | {_cell(row['training_minor_faults_per_epoch'], '.0f')} |")
    return "\n".join(lines)


def scaling_table(result: dict) -> str:
    lines = ["| training set | samples | s/epoch (median) | us/sample | vs 1x | CPU us/sample "
             "| CPU vs 1x | peak RSS MiB |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    first = result["tiles"].get(1, {})
    for tile, row in result["tiles"].items():
        if "error" in row:
            lines.append(f"| {tile}x | failed: {row['error']} |" + " |" * 6)
            continue
        ratios = [row[key] / first[key] if key in first else None
                  for key in ("microseconds_per_sample", "cpu_microseconds_per_sample")]
        lines.append(f"| {tile}x | {row['samples']} | {row['seconds_per_epoch']:.3f} "
                     f"| {row['microseconds_per_sample']:.2f} | {_cell(ratios[0], '.3f')} "
                     f"| {row['cpu_microseconds_per_sample']:.2f} | {_cell(ratios[1], '.3f')} "
                     f"| {row['peak_rss_mib']:.0f} |")
    return "\n".join(lines)


def explain_table(timings: dict) -> str:
    lines = ["| example | s per call (median) | max s | CPU s per call | peak RSS MiB | calls |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, row in timings.items():
        note = f" (failed: {row['error']})" if row["error"] else ""
        lines.append(f"| {name}{note} | {row['median_seconds']:.3f} | {row['max_seconds']:.3f} "
                     f"| {row['median_cpu_seconds']:.3f} | {row['peak_rss_mib']:.0f} | {row['calls']} |")
    return "\n".join(lines)


def goals(cells: dict, gains: dict, threads: list[int], scale: dict | None,
          timings: dict | None, pinned: dict | None = None) -> list[str]:
    """The issue's goals, each with the value measured and whether it is met; the one-thread goal
    also on one core for every contender where ``pinned`` ({threads: CPUs}) has one thread."""
    lines = []
    default = max(threads)

    def check(what, value, limit, form=".2f"):
        if value is None:
            lines.append(f"- {what}: not measured")
        else:
            # a value that rounds to its limit (1.007 against 1.00) is printed with one more digit, so that a
            # line never reads "1.00 (goal <= 1.00): MISSED"
            if f"{value:{form}}" == f"{limit:{form}}" and value != limit and form.startswith(".") and form.endswith("f"):
                form = f".{int(form[1:-1]) + 1}f"
            lines.append(f"- {what}: {value:{form}} (goal <= {limit:{form}}): "
                         f"{'met' if value <= limit else 'MISSED'}")

    def mine(batch, count, cpus=None):
        row = cells.get(cell_key(batch, count, cpus), {}).get("backprop", {})
        return {} if "error" in row else row

    check(f"batch 128, {default} threads (default): backprop / JAX jit", mine(128, default).get("vs_jax"),
          GOALS["vs_jax_default"])
    check(f"batch 128, {default} threads (default): backprop / PyTorch eager",
          mine(128, default).get("vs_torch"), GOALS["vs_torch_default"])
    for batch in (32, 512):
        if cell_key(batch, default) in cells:
            row = mine(batch, default)
            lines.append(f"- shown at batch {batch}, {default} threads: backprop / JAX jit "
                         f"{_cell(row.get('vs_jax'), '.2f')}, / PyTorch eager {_cell(row.get('vs_torch'), '.2f')}")
    if default > 1 or 1 in threads:
        check("batch 128, 1 thread: backprop / JAX jit", mine(128, 1).get("vs_jax"),
              GOALS["vs_jax_one_thread"])
    one_core = (pinned or {}).get(1)
    if one_core and cell_key(128, 1, one_core) in cells:
        check(f"batch 128, 1 thread pinned to CPU {cpu_list(one_core)} (one core for every contender): "
              "backprop / JAX jit", mine(128, 1, one_core).get("vs_jax"), GOALS["vs_jax_one_thread"])
    if default > 1:
        gain = gains.get(128)
        check(f"batch 128: backprop {default} threads / backprop 1 thread", gain and gain["ratio"],
              GOALS["threads_gain"])
    check(f"batch 1 (per-sample), {default} threads: backprop / JAX jit", mine(1, default).get("vs_jax"),
          GOALS["per_sample_vs_jax"])
    check(f"batch 1 (per-sample), {default} threads: backprop / PyTorch eager",
          mine(1, default).get("vs_torch"), GOALS["per_sample_vs_torch"])
    reference = cells.get(cell_key(128, default), {})
    accuracies = {name: row["test_accuracy"] for name, row in reference.items()
                  if "error" not in row and row["test_accuracy"] is not None}
    peers = [value for name, value in accuracies.items() if name != "backprop"]
    if peers and "backprop" in accuracies:
        low, high = min(peers) - GOALS["accuracy_band"], max(peers) + GOALS["accuracy_band"]
        inside = low <= accuracies["backprop"] <= high
        lines.append(f"- batch 128 test accuracy: backprop {accuracies['backprop']:.4f}, peers "
                     f"{min(peers):.4f}-{max(peers):.4f} (band {low:.4f} to {high:.4f}): "
                     f"{'met' if inside else 'MISSED'}")
    check(f"batch 128, {default} threads: backprop's peak RSS, MiB", mine(128, default).get("peak_rss_mib"),
          GOALS["peak_rss_mib"], ".0f")
    floor = mine(128, 1).get("vs_floor")
    if floor is not None:
        lines.append(f"- for reference, batch 128, 1 thread: backprop / the 8 matrix products alone "
                     f"{floor:.2f}")
    if scale is not None:
        check("linear scaling, spread of s per sample over 1x/2x/4x", scale["spread"],
              GOALS["scaling_spread"], ".3f")
    if timings:
        slowest = max((row["median_seconds"] for row in timings.values()), default=None)
        check("backprop explain, slowest bundled example, s per call", slowest, GOALS["explain_seconds"],
              ".3f")
    return lines
