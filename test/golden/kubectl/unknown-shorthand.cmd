kubectl get -z
