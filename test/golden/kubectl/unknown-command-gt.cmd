kubectl gt pods
