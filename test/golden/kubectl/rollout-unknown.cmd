kubectl rollout foo
