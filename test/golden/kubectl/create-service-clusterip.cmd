kubectl create service clusterip my-svc --tcp=80:8080 --dry-run=client -o yaml
