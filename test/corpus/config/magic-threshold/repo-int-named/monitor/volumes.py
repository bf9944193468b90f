def check_volumes(stats):
    if stats.drift_pct > 15:
        alert(stats)
