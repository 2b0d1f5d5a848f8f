kubectl create configmap cfg --from-literal=a=1 --dry-run=client -o json
