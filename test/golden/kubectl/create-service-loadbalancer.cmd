kubectl create service loadbalancer my-lb --tcp=80 --dry-run=client -o yaml
