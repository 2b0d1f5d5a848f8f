kubectl create service clusterip x --dry-run=client -o yaml
