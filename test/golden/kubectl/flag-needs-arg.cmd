kubectl get pods -n
