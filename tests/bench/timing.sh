# Shared by the benchmarks that time whole commands (sourced, not run).
# seconds COMMAND…: the wall-clock seconds COMMAND took (its output dropped).
seconds() { /usr/bin/time -f "%e" "$@" 2>&1 >/dev/null | tail -1; }
# median VALUE…: the median of the values (the mean of the middle two for an even count).
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
