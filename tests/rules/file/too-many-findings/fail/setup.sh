# A project list with 1003 items that are not projects: 1003 findings, of
# which the first 1000 are shown and the last 3 counted (made here rather
# than committed).
{ printf 'plancheck: 1\nkind: project-list\nframe: rad-2021-24\nyear: 2021\nstatus: open\nprojects:\n'
  i=0; while [ $i -lt 1003 ]; do printf '  - %d\n' $i; i=$((i + 1)); done; } > 2021-more-projects.yaml
