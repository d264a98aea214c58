# A project list with 1000 items that are not projects: 1000 findings, as
# many as one file may show (made here rather than committed).
{ printf 'plancheck: 1\nkind: project-list\nframe: rad-2021-24\nyear: 2021\nstatus: open\nprojects:\n'
  i=0; while [ $i -lt 1000 ]; do printf '  - %d\n' $i; i=$((i + 1)); done; } > 2021-more-projects.yaml
