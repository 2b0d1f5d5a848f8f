kubectl scale --replicas=x deploy/a
