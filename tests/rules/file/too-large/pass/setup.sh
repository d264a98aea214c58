# The same file, within the limit.
printf 'plancheck: 1\nkind: project-list\nframe: rad-2021-24\nyear: 2021\nstatus: open\nprojects: []\n' > 2021-more-projects.yaml
