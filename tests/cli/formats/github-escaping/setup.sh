# A file name with the characters a workflow command property must escape.
mv plan.yaml "plan, 2021: 100%.yaml"
