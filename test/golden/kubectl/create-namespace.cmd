kubectl create namespace dev --dry-run=client -o yaml
