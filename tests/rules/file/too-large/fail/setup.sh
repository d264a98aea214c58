# A plan file above the 64 MiB limit, made here rather than committed.
printf 'plancheck: 1\nkind: project-list\n' > 2021-more-projects.yaml
truncate -s 65M 2021-more-projects.yaml
